/** The ice timer: set on "set a timer for the ice" (or "yes" to the offer), cancelled on "cancel the ice timer". */
import { goodbye } from '../conversation/moves';
import { answerTimersConsent, cancelIceTimer, isTimersConsent, startIceTimer } from '../timers';
import { onIntent, route } from './route';

export const setTimer = onIntent(['SetTimerIntent'], startIceTimer);

export const cancelTimer = onIntent(['CancelTimerIntent'], cancelIceTimer);

/** "Cancel it": the ice timer while this skill has one running; otherwise leaving, as "cancel" does. */
export const cancelIt = onIntent(['CancelItIntent'], (input, state) =>
  state.timerId ? cancelIceTimer(input, state) : goodbye(),
);

/** Alexa's answer to the AskFor permissions request: arrives as a Connections.Response in a new session. */
export const timerConsent = route((input) => isTimersConsent(input.requestEnvelope), answerTimersConsent);
