/** The ice timer: set on "set a timer for the ice" (or "yes" to the offer), cancelled on "cancel the ice timer". */
import { answerTimersConsent, cancelIceTimer, isTimersConsent, startIceTimer } from '../timers';
import { onIntent, route } from './route';

export const setTimer = onIntent(['SetTimerIntent'], startIceTimer);

export const cancelTimer = onIntent(['CancelTimerIntent'], cancelIceTimer);

/** Alexa's answer to the AskFor permissions request: arrives as a Connections.Response in a new session. */
export const timerConsent = route((input) => isTimersConsent(input.requestEnvelope), answerTimersConsent);
