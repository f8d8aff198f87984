/**
 * "Cancel it", "actually cancel that": names nothing, so it means what the skill just did. The
 * reminder its last reply set, else the ice timer while one runs, else leaving, as "cancel" does.
 * A bare "cancel" undoes only what the last reply set.
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

function timerJustSet(state: ConversationState): boolean {
  return (state.last?.say ?? []).some((line) => 'timer' in line && line.timer === 'set');
}

/** The reminder the last reply set, else the ice timer if `timerToo`, else leaving. */
function undo(input: HandlerInput, state: ConversationState, timerToo: boolean): Turn | Promise<Turn> {
  const reminder = reminderJustSet(state);
  if (reminder) return cancelReminders(input, state, reminder);
  return timerToo && state.timerId ? cancelIceTimer(input, state) : goodbye();
}

export const cancelIt = onIntent(['CancelItIntent'], (input, state) => undo(input, state, true));

/** "Cancel" on its own leaves, unless the skill has just set something: then it undoes that. */
export const cancel = onIntent(['AMAZON.CancelIntent'], (input, state) =>
  undo(input, state, timerJustSet(state)),
);
