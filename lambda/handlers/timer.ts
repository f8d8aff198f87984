/**
 * The ice timer: offered after ice-first advice, set on "yes" or "set a timer for the ice" through the
 * Alexa Timers API, cancelled on "cancel the ice timer". The work is in lambda/timers; these only route.
 */
import {
  answerConsent,
  answerStep,
  cancelIceTimer,
  isConsentAnswer,
  startIceTimer,
  type TimerStep,
} from '../timers';
import { intentRoutes, route } from './route';

/** Timer steps may also carry the permissions card or the consent hand-off, so they answer through answerStep. */
const onTimerIntent = intentRoutes<TimerStep>(answerStep);

export const setTimer = onTimerIntent(['SetTimerIntent'], startIceTimer);

/** "Yes" while the timer offer is pending: must be registered before the generic yes handler. */
export const acceptTimer = onTimerIntent(
  ['AMAZON.YesIntent'],
  startIceTimer,
  (state) => state.offer?.kind === 'timer',
);

export const cancelTimer = onTimerIntent(['CancelTimerIntent'], cancelIceTimer);

/** Alexa's answer to the AskFor permissions request: arrives as a Connections.Response in a new session. */
export const timerConsent = route(
  (input) => isConsentAnswer(input.requestEnvelope),
  answerConsent,
  answerStep,
);
