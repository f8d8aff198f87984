/** The ice timer on the Alexa Timers API: what the handlers route to. */
export { cancelIceTimer } from './cancel-ice-timer';
export { isTimersConsent } from './consent';
export { answerTimersConsent, startIceTimer } from './set-ice-timer';
