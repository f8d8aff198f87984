/**
 * The ice timer: offered after ice-first advice, set on "yes" or "set a timer for the ice" through the
 * Alexa Timers API, cancelled on "cancel the ice timer". The work is in lambda/timers; these only route.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { stateOf } from '../conversation/session';
import type { ConversationState } from '../conversation/state';
import { isIntent } from '../requests';
import {
  answerConsent,
  answerStep,
  cancelIceTimer,
  isConsentAnswer,
  startIceTimer,
  type TimerStep,
} from '../timers';
import type { IntentRoute } from './route';

type TimerMove = (input: HandlerInput, state: ConversationState) => Promise<TimerStep>;

/** Like route.ts's routes, but a timer step may also carry the permissions card or the consent hand-off. */
function timerRoute(canHandle: (input: HandlerInput) => boolean, move: TimerMove): RequestHandler {
  return {
    canHandle,
    handle: async (input) => answerStep(input, await move(input, stateOf(input))),
  };
}

function onTimerIntent(
  intents: readonly string[],
  move: TimerMove,
  when: (state: ConversationState) => boolean = () => true,
): IntentRoute {
  return { ...timerRoute((input) => isIntent(input, ...intents) && when(stateOf(input)), move), intents };
}

export const setTimer = onTimerIntent(['SetTimerIntent'], startIceTimer);

/** "Yes" while the timer offer is pending: must be registered before the generic yes handler. */
export const acceptTimer = onTimerIntent(
  ['AMAZON.YesIntent'],
  startIceTimer,
  (state) => state.offer?.kind === 'timer',
);

export const cancelTimer = onTimerIntent(['CancelTimerIntent'], cancelIceTimer);

/** Alexa's answer to the AskFor permissions request: arrives as a Connections.Response in a new session. */
export const timerConsent = timerRoute((input) => isConsentAnswer(input.requestEnvelope), answerConsent);
