/** The ice timer on the Alexa Timers API: what the handlers route to. */
export { DeadlineApiClient } from './api-client';
export { cancelIceTimer } from './cancel-ice-timer';
export { isConsentAnswer } from './consent';
export { answerConsent, startIceTimer } from './set-ice-timer';
export { answerStep, type TimerStep } from './step';
