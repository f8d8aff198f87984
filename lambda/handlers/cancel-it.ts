/**
 * "Cancel it", "actually cancel that": names nothing, so it means what the skill just did or said.
 * The reminder its last reply set, or the one kind of reminder it just listed, else the ice timer
 * while one runs, else leaving, as "cancel" does. A bare "cancel" undoes only what the last reply set.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { ReminderKind } from '../content';
import { goodbye } from '../conversation/moves';
import type { ConversationState } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import { cancelReminders } from '../reminders';
import { cancelIceTimer } from '../timers';
import { onIntent } from './route';

function reminderJustSet(state: ConversationState): ReminderKind | undefined {
  for (const line of state.last?.say ?? [])
    if ('reminder' in line && line.reminder === 'set') return line.kind;
  return undefined;
}

/** The reminder just set, or the only kind the last reply listed ("you have a daily reminder at eight"). */
function reminderJustNamed(state: ConversationState): ReminderKind | undefined {
  const listed = new Set<ReminderKind>();
  for (const line of state.last?.say ?? [])
    if ('reminder' in line && line.reminder === 'listed') listed.add(line.kind);
  const [only] = listed;
  return reminderJustSet(state) ?? (listed.size === 1 ? only : undefined);
}

function timerJustSet(state: ConversationState): boolean {
  return (state.last?.say ?? []).some((line) => 'timer' in line && line.timer === 'set');
}

/** Cancels `reminder`, else the ice timer if `timerToo`, else leaves. */
function undo(
  input: HandlerInput,
  state: ConversationState,
  reminder: ReminderKind | undefined,
  timerToo: boolean,
): Turn | Promise<Turn> {
  if (reminder) return cancelReminders(input, state, reminder);
  return timerToo && state.timerId ? cancelIceTimer(input, state) : goodbye();
}

export const cancelIt = onIntent(['CancelItIntent'], (input, state) =>
  undo(input, state, reminderJustNamed(state), true),
);

/** "Cancel" on its own leaves, unless the skill has just set something: then it undoes that. */
export const cancel = onIntent(['AMAZON.CancelIntent'], (input, state) =>
  undo(input, state, reminderJustSet(state), timerJustSet(state)),
);
