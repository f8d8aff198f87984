/** A Dialogue wired to a real loopback fake of the Alexa Timers API (see test/support/alexa-apis.ts). */
import { ACCESS_TOKEN, CONSENT_TOKEN } from '../support/alexa-apis';
import { Dialogue } from '../support/dialogue';

export { ACCESS_TOKEN, answerConsent, closedEndpoint, startAlexaApis } from '../support/alexa-apis';

/** A device whose service calls go to `apiEndpoint`; with `consent`, the user has allowed timers. */
export function deviceFor(apiEndpoint: string, { consent = true, locale = 'en-US' } = {}): Dialogue {
  return new Dialogue({
    apiEndpoint,
    apiAccessToken: ACCESS_TOKEN,
    locale,
    ...(consent ? { consentToken: CONSENT_TOKEN } : {}),
  });
}
