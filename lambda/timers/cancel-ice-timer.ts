/** Cancels the ice timer this skill set, by the id kept in the session. */
import type { HandlerInput } from 'ask-sdk-core';
import { PHRASES } from '../content';
import { TIMER_PHRASES } from '../content/phrases';
import type { ConversationState } from '../conversation/state';
import { callTimers } from './service-call';
import { type TimerStep, withPermissionCard } from './step';
import { timerGone, timerUnchanged } from './turns';

export async function cancelIceTimer(input: HandlerInput, state: ConversationState): Promise<TimerStep> {
  const id = state.timerId;
  if (!id) return { turn: timerUnchanged(state, PHRASES.noTimerToCancel) };
  const deleted = await callTimers(input, 'delete', (client) => client.deleteTimer(id));
  if (deleted.ok) return { turn: timerGone(state, TIMER_PHRASES.cancelled) };
  if (deleted.fault === 'not-found') return { turn: timerGone(state, TIMER_PHRASES.alreadyGone) };
  if (deleted.fault === 'revoked') {
    return withPermissionCard(timerUnchanged(state, TIMER_PHRASES.cancelPermissionRevoked));
  }
  // Keep the id: the timer is probably still running, and the user may try again.
  return { turn: timerUnchanged(state, TIMER_PHRASES.cancelTrouble) };
}
