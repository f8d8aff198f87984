/**
 * "Cancel my supplement reminder", "cancel the check-in", "cancel that reminder": deletes the
 * skill's reminders of that kind, found by listing them (ids from another session are not kept).
 * The list, then the deletes side by side: two calls' time at most.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { ReminderKind, ReminderPhraseId } from '../content';
import type { ConversationState } from '../conversation/state';
import type { ListeningTurn } from '../conversation/turn';
import type { ServiceFault } from '../log';
import { callService } from '../services/call';
import { readOurReminders } from './list-reminders';
import { remindersCancelled, remindersQuestion, remindersSaid, remindersUnreachable } from './turns';

const CANCEL_FAULTS: Readonly<Record<ServiceFault, ReminderPhraseId>> = {
  revoked: 'cancelNoPermission',
  unsupported: 'unsupportedHere',
  rejected: 'cancelTrouble',
  'not-found': 'cancelTrouble',
  unavailable: 'cancelTrouble',
};

const NONE_OF: Readonly<Record<ReminderKind, ReminderPhraseId>> = {
  supplement: 'noSupplementToCancel',
  'check-in': 'noCheckInToCancel',
};

export async function cancelReminders(
  input: HandlerInput,
  state: ConversationState,
  named: ReminderKind | undefined,
): Promise<ListeningTurn> {
  const read = await readOurReminders(input, state, 'cancelNoPermission');
  if (!read.ok) return read.turn;
  const kinds = [...new Set(read.reminders.map((reminder) => reminder.kind))];
  const kind = named ?? (kinds.length === 1 ? kinds[0] : undefined);
  if (!kind)
    return kinds.length === 0
      ? remindersSaid(state, 'nothingToCancel')
      : remindersQuestion(state, 'whichToCancel');
  const doomed = read.reminders.filter((reminder) => reminder.kind === kind);
  if (doomed.length === 0) return remindersSaid(state, NONE_OF[kind]);
  const deleted = await Promise.all(
    doomed.map(({ id }) =>
      callService(input, 'reminders', 'delete', (clients) =>
        clients.getReminderManagementServiceClient().deleteReminder(id),
      ),
    ),
  );
  // Already gone (404) is as good as cancelled.
  const failed = deleted.find((call) => !call.ok && call.fault !== 'not-found');
  if (failed && !failed.ok) return remindersUnreachable(state, failed.fault, CANCEL_FAULTS);
  return remindersCancelled(state, kind, doomed.length);
}
