/** Cancels the ice timer this skill set, by the id kept in the session. */
import type { HandlerInput } from 'ask-sdk-core';
import type { ConversationState } from '../conversation/state';
import type { ListeningTurn } from '../conversation/turn';
import { callService } from '../services/call';
import { TIMERS_PERMISSION } from './consent';
import { timerGone, timerUnchanged, withPermissionCard } from './turns';

export async function cancelIceTimer(input: HandlerInput, state: ConversationState): Promise<ListeningTurn> {
  const id = state.timerId;
  if (!id) return timerUnchanged(state, 'noTimerToCancel');
  const deleted = await callService(input, 'timers', 'delete', (clients) =>
    clients.getTimerManagementServiceClient().deleteTimer(id),
  );
  if (deleted.ok) return timerGone(state, 'cancelled');
  if (deleted.fault === 'not-found') return timerGone(state, 'alreadyGone');
  if (deleted.fault === 'revoked')
    return withPermissionCard(timerUnchanged(state, 'cancelPermissionRevoked'), TIMERS_PERMISSION);
  // Keep the id: the timer is probably still running, and the user may try again.
  return timerUnchanged(state, 'cancelTrouble');
}
