/** "What reminders do I have?": the reminders this skill set, read from the Reminders API. */
import type { HandlerInput } from 'ask-sdk-core';
import type { ReminderPhraseId } from '../content';
import type { ConversationState } from '../conversation/state';
import type { ListeningTurn } from '../conversation/turn';
import type { ServiceFault } from '../log';
import { callService } from '../services/call';
import { hasRemindersPermission } from './consent';
import { type OurReminder, ourReminders } from './our-reminders';
import { permissionNeeded, remindersListed, remindersUnreachable } from './turns';

const LIST_FAULTS: Readonly<Record<ServiceFault, ReminderPhraseId>> = {
  revoked: 'listNoPermission',
  unsupported: 'unsupportedHere',
  rejected: 'listTrouble',
  'not-found': 'listTrouble',
  unavailable: 'listTrouble',
};

/** The skill's reminders, or the turn that says why they could not be read. */
export async function readOurReminders(
  input: HandlerInput,
  state: ConversationState,
  noPermission: ReminderPhraseId,
): Promise<{ ok: true; reminders: OurReminder[] } | { ok: false; turn: ListeningTurn }> {
  if (!hasRemindersPermission(input.requestEnvelope))
    return { ok: false, turn: permissionNeeded(state, noPermission) };
  const listed = await callService(input, 'reminders', 'list', (clients) =>
    clients.getReminderManagementServiceClient().getReminders(),
  );
  if (listed.ok) return { ok: true, reminders: ourReminders(listed.value) };
  return {
    ok: false,
    turn: remindersUnreachable(state, listed.fault, { ...LIST_FAULTS, revoked: noPermission }),
  };
}

export async function listReminders(input: HandlerInput, state: ConversationState): Promise<ListeningTurn> {
  const read = await readOurReminders(input, state, 'listNoPermission');
  return read.ok ? remindersListed(state, read.reminders) : read.turn;
}
