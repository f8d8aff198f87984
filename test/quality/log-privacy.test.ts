import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionsResponse,
  type DeviceContext,
  intentRequest,
  launchRequest,
} from '../../console/envelope';
import { FakeTimersApi } from '../../devtools/fake-timers-api';
import { Dialogue } from '../support/dialogue';
import { captureLogs } from './captured-logs';

/** Values that must never reach a log line: each distinctive, so a match can only be a leak. */
const PRIVATE = {
  userId: `amzn1.ask.account.PRIVATE-USER-${randomUUID()}`,
  deviceId: `amzn1.ask.device.PRIVATE-DEVICE-${randomUUID()}`,
  sessionId: `amzn1.echo-api.session.PRIVATE-SESSION-${randomUUID()}`,
  apiAccessToken: `atc.PRIVATE-ACCESS-TOKEN-${randomUUID()}`,
  consentToken: `Atza|PRIVATE-CONSENT-TOKEN-${randomUUID()}`,
  spokenQuestion: `my back hurts since the PRIVATE-DIAGNOSIS-${randomUUID()}`,
};

function device(apiEndpoint: string, overrides: Partial<DeviceContext> = {}): Dialogue {
  const { userId, deviceId, sessionId, apiAccessToken, consentToken } = PRIVATE;
  return new Dialogue({
    userId,
    deviceId,
    sessionId,
    apiAccessToken,
    consentToken,
    apiEndpoint,
    ...overrides,
  });
}

/** Session attributes whose first read throws an error quoting the user's id and token. */
function attributesThatThrow(): Record<string, unknown> {
  return Object.defineProperty({}, 'v', {
    enumerable: true,
    get() {
      throw new Error(`state unreadable for ${PRIVATE.userId} with ${PRIVATE.apiAccessToken}`);
    },
  });
}

describe('the logs of real sessions', () => {
  let api: FakeTimersApi;
  let lines: readonly string[] = [];

  beforeAll(async () => {
    // Prepare: a loopback Timers API, so the timer flow really sends the tokens somewhere.
    api = await FakeTimersApi.start({ accessToken: PRIVATE.apiAccessToken });
    const logs = captureLogs();
    try {
      // Act: launch, advice, the timer set and cancelled, a free-form question, and the way out.
      const alexa = device(api.url);
      await alexa.launch();
      await alexa.intent('IceOrHeatIntent');
      await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
      await alexa.intent('AMAZON.YesIntent');
      await alexa.intent('WhyIntent');
      await alexa.intent('CancelTimerIntent');
      await alexa.intent('QuestionIntent', { query: { spoken: PRIVATE.spokenQuestion } });
      await alexa.intent('AMAZON.StopIntent');
      await alexa.end();

      // The consent dialog: asked without permission, then Alexa's answer with the consent token.
      const asking = device(api.url, { consentToken: undefined });
      await asking.intent('DescribeSituationIntent', { situation: 'sudden' });
      await asking.intent('AMAZON.YesIntent');
      const consenting = device(api.url);
      await consenting.send(
        connectionsResponse(consenting.device, 'AskFor', 'ice-timer', { status: 'ACCEPTED' }),
      );

      // Errors: an intent nobody handles, an envelope without context, state that throws when read.
      await device(api.url).intent('OrderPizzaIntent');
      const noContext = launchRequest(device(api.url).device);
      delete (noContext as { context?: unknown }).context;
      await device(api.url).send(noContext);
      const throwing = device(api.url, { newSession: false, attributes: attributesThatThrow() });
      await throwing.send(intentRequest(throwing.device, 'WhyIntent'));
    } finally {
      logs.restore();
      lines = logs.lines;
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('sent the tokens where they belong, to the Timers API', () => {
    expect(api.requests.map((request) => request.method)).toEqual(expect.arrayContaining(['POST', 'DELETE']));
  });

  it('log every request as one JSON object with its type, outcome and latency', () => {
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(15);
    for (const entry of requests) {
      expect(entry).toMatchObject({ requestType: expect.any(String), latencyMs: expect.any(Number) });
      expect(['ok', 'error']).toContain(entry.outcome);
    }
    expect(requests.some((entry) => entry.outcome === 'error')).toBe(true);
  });

  it.each(Object.entries(PRIVATE))('never contain the %s', (_name, secret) => {
    const leaks = lines.filter((line) => line.includes(secret));
    expect(leaks).toEqual([]);
  });
});
