/** Cancels the ice timer this skill set, by the id kept in the session. */
import type { HandlerInput } from 'ask-sdk-core';
import type { TimerPhraseId } from '../content';
import type { ConversationState } from '../conversation/state';
import type { ListeningTurn } from '../conversation/turn';
import type { ServiceFault } from '../log';
import { callService } from '../services/call';
import { answerFault } from '../services/fault-turn';
import { TIMERS_PERMISSION } from './consent';
import { timerGone, timerUnchanged } from './turns';

const CANCEL_FAULTS: Readonly<Record<ServiceFault, TimerPhraseId>> = {
  revoked: 'cancelPermissionRevoked',
  unsupported: 'cancelTrouble',
  rejected: 'cancelTrouble',
  'not-found': 'alreadyGone',
  unavailable: 'cancelTrouble',
};

export async function cancelIceTimer(input: HandlerInput, state: ConversationState): Promise<ListeningTurn> {
  const id = state.timerId;
  if (!id) return timerUnchanged(state, 'noTimerToCancel');
  const deleted = await callService(input, 'timers', 'delete', (clients) =>
    clients.getTimerManagementServiceClient().deleteTimer(id),
  );
  if (deleted.ok) return timerGone(state, 'cancelled');
  if (deleted.fault === 'not-found') return timerGone(state, CANCEL_FAULTS['not-found']);
  // Keep the id: the timer is probably still running, and the user may try again.
  return answerFault(deleted.fault, TIMERS_PERMISSION, (fault) =>
    timerUnchanged(state, CANCEL_FAULTS[fault]),
  );
}
