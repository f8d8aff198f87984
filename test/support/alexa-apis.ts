/** The loopback fake of Alexa's service APIs for tests, and Alexa's side of the consent dialog. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { consentAnswer, consentRequestOf } from '../../console/consent';
import { connectionsResponse, startSession } from '../../console/envelope';
import type { Turn } from '../../console/turn';
import { FakeAlexaApis, type FakeAlexaApisOptions } from '../../devtools/fake-alexa-apis';
import type { Dialogue } from './dialogue';

export const ACCESS_TOKEN = `atc.${randomUUID()}`;
export const CONSENT_TOKEN = `Atza|consent.${randomUUID()}`;

export function startAlexaApis(options: Partial<FakeAlexaApisOptions> = {}): Promise<FakeAlexaApis> {
  return FakeAlexaApis.start({ accessToken: ACCESS_TOKEN, ...options });
}

/** An endpoint nothing listens on: a fake started and stopped again. */
export async function closedEndpoint(): Promise<string> {
  const api = await startAlexaApis();
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

/** Alexa's answer when the consent dialog itself failed: a Connections.Response with an error status. */
export function failedConsent(alexa: Dialogue, handoff: Turn): Promise<Turn> {
  startSession(alexa.device);
  const token = consentRequestOf(handoff.exchange.response)?.token ?? '';
  return alexa.send(
    connectionsResponse(alexa.device, 'AskFor', token, {}, { code: '500', message: 'Internal error' }),
  );
}

/** The skill handed the user to Alexa's consent dialog for `permission`, as Amazon's examples do it. */
export function expectAskFor(turn: Turn, permission: string): void {
  expect(consentRequestOf(turn.exchange.response)).toEqual({
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: permission, consentLevel: 'ACCOUNT' }],
    },
    token: expect.any(String),
  });
  // Alexa takes the conversation over: no reprompt, and shouldEndSession left out.
  expect(turn.exchange.response.response.reprompt).toBeUndefined();
  expect(turn.exchange.response.response).not.toHaveProperty('shouldEndSession');
}

/** A request to the fake as any client sends it, with the access token it checks (or another). */
export function callApi(
  api: FakeAlexaApis,
  method: string,
  path: string,
  body?: unknown,
  token = ACCESS_TOKEN,
): Promise<Response> {
  return fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
