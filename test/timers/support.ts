/** A Dialogue wired to a real loopback fake of the Alexa Timers API, and Alexa's side of the consent dialog. */
import { randomUUID } from 'node:crypto';
import { consentAnswer, consentRequestOf } from '../../console/timers';
import type { Turn } from '../../console/turn';
import { FakeTimersApi, type FakeTimersApiOptions } from '../../devtools/fake-timers-api';
import { Dialogue } from '../support/dialogue';

export const ACCESS_TOKEN = `atc.${randomUUID()}`;
export const CONSENT_TOKEN = `Atza|consent.${randomUUID()}`;

export function startTimersApi(options: Partial<FakeTimersApiOptions> = {}): Promise<FakeTimersApi> {
  return FakeTimersApi.start({ accessToken: ACCESS_TOKEN, ...options });
}

/** A device whose service calls go to `apiEndpoint`; with `consent`, the user has allowed timers. */
export function deviceFor(apiEndpoint: string, { consent = true, locale = 'en-US' } = {}): Dialogue {
  return new Dialogue({
    apiEndpoint,
    apiAccessToken: ACCESS_TOKEN,
    locale,
    ...(consent ? { consentToken: CONSENT_TOKEN } : {}),
  });
}

/** An endpoint nothing listens on: a fake started and stopped again. */
export async function closedEndpoint(): Promise<string> {
  const api = await startTimersApi();
  const { url } = api;
  await api.close();
  return url;
}

/** Alexa's answer to the consent question the skill handed over in `handoff`, as a device sends it. */
export function answerConsent(
  alexa: Dialogue,
  handoff: Turn,
  status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED',
): Promise<Turn> {
  const request = consentRequestOf(handoff.exchange.response);
  if (!request) throw new Error('the skill did not hand over to the consent dialog');
  const allowed = status === 'NOT_ANSWERED' ? undefined : status === 'ACCEPTED';
  return alexa.send(consentAnswer(alexa.device, request, allowed));
}
