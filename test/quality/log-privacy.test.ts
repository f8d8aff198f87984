import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionsResponse,
  type DeviceContext,
  intentRequest,
  launchRequest,
} from '../../console/envelope';
import { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import { REMINDER_TEXTS } from '../../lambda/content';
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
  /** Where the user lives, and when they take their supplement: never logged. */
  timeZone: 'America/Argentina/Catamarca',
  reminderTime: '21:17',
  reminderRule: 'BYHOUR=21;BYMINUTE=17',
  supplementText: REMINDER_TEXTS.supplement,
  checkInText: REMINDER_TEXTS['check-in'],
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
  let api: FakeAlexaApis;
  let lines: readonly string[] = [];

  beforeAll(async () => {
    // Prepare: loopback Alexa APIs, so the timer and reminder flows really send the tokens somewhere.
    api = await FakeAlexaApis.start({ accessToken: PRIVATE.apiAccessToken, timeZone: PRIVATE.timeZone });
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

      // Reminders: set both, list them, cancel one, a refused create, and the consent dialog for one.
      const reminding = device(api.url);
      await reminding.intent('SupplementReminderIntent', { time: PRIVATE.reminderTime });
      await reminding.intent('CheckInReminderIntent', { delay: 'P3D', time: PRIVATE.reminderTime });
      await reminding.intent('ListRemindersIntent');
      await reminding.intent('CancelReminderIntent', { reminder: 'supplement' });
      api.failNext({ status: 400 }, 1, '/v1/alerts/reminders');
      await reminding.intent('SupplementReminderIntent', { time: PRIVATE.reminderTime });
      await device(api.url, { consentToken: undefined }).intent('SupplementReminderIntent', {
        time: PRIVATE.reminderTime,
      });
      const allowing = device(api.url);
      await allowing.send(
        connectionsResponse(allowing.device, 'AskFor', 'reminder:stress:supplement:2117', {
          status: 'ACCEPTED',
        }),
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

  it('sent the tokens where they belong, to the Timers and Reminders APIs', () => {
    expect(api.requests.map((request) => request.method)).toEqual(expect.arrayContaining(['POST', 'DELETE']));
    expect(api.requests.map((request) => request.path)).toEqual(
      expect.arrayContaining(['/v1/alerts/timers', '/v1/alerts/reminders']),
    );
    expect(JSON.stringify(api.requests)).toContain(PRIVATE.timeZone);
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

  it('log each Alexa API call by api, operation and outcome only', () => {
    const calls = lines.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'alexa api');
    const apis = new Set(calls.map((entry) => entry.api));
    expect([...apis].sort()).toEqual(['reminders', 'settings', 'timers']);
    const allowed = ['level', 'message', 'api', 'operation', 'outcome', 'latencyMs', 'status', 'cause'];
    expect(calls.flatMap((entry) => Object.keys(entry)).filter((key) => !allowed.includes(key))).toEqual([]);
    expect(calls.some((entry) => entry.api === 'reminders' && entry.outcome === 'rejected')).toBe(true);
  });

  it.each(Object.entries(PRIVATE))('never contain the %s', (_name, secret) => {
    const leaks = lines.filter((line) => line.includes(secret));
    expect(leaks).toEqual([]);
  });
});
