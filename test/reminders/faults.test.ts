/** When the Reminders API or the device settings API fails: every fault gets a clear, spoken answer. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../console/turn';
import type { FakeAlexaApis, Fault } from '../../devtools/fake-alexa-apis';
import { PHRASES, REMINDER_PHRASES } from '../../lambda/content';
import { MAX_REPLY_BYTES } from '../../lambda/services/api-client';
import { closedEndpoint, deviceFor, REMINDERS_PATH, startRemindersApi } from './support';

/** Alexa drops a reply that takes longer than this. */
const ALEXA_LIMIT_MS = 8000;

const TIME_ZONE_PATH = '/v2/devices/';

function expectByVoice(turn: Turn): void {
  expect(turn.speech).toContain(REMINDER_PHRASES.supplementByVoice);
  expect(turn.ended).toBe(false);
  expect(turn.reprompt).toBe(PHRASES.reprompt);
}

describe('when the Reminders API fails while setting a reminder', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi();
  });
  afterEach(() => api.close());

  async function setAgainst(fault: Fault, path = REMINDERS_PATH): Promise<Turn> {
    api.failNext(fault, 1, path);
    return deviceFor(api.url).intent('SupplementReminderIntent', { time: '21:00' });
  }

  it('sends the permissions card on a 401, and says how to set it by voice', async () => {
    // Act
    const turn = await setAgainst({ status: 401 });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.permissionRevoked);
    expectByVoice(turn);
    expect(turn.exchange.response.response.card).toEqual({
      type: 'AskForPermissionsConsent',
      permissions: ['alexa::alerts:reminders:skill:readwrite'],
    });
  });

  it('explains that the device cannot take reminders from a skill on a 403, as on a simulator', async () => {
    // Act
    const turn = await setAgainst({ status: 403 });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.unsupported);
    expectByVoice(turn);
    expect(turn.exchange.response.response.card?.type).not.toBe('AskForPermissionsConsent');
  });

  it('says in a clear sentence that Alexa would not accept it on a 400', async () => {
    // Act
    const turn = await setAgainst({ status: 400, body: { code: 'INVALID_TRIGGER', message: 'no' } });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.refused);
    expectByVoice(turn);
  });

  it.each([
    ['a 429', { status: 429 }],
    ['a 500', { status: 500 }],
    ['a 503', { status: 503 }],
    ['a 504', { status: 504 }],
    ['a dropped connection', { drop: true }],
    ['a reply larger than the client reads', { status: 200, body: 'x'.repeat(MAX_REPLY_BYTES + 1) }],
    ['a reply without a usable id', { status: 200, body: { alertToken: '../../../admin', status: 'ON' } }],
  ] as const)('apologises briefly and says how to set it by voice on %s', async (_name, fault) => {
    // Act
    const turn = await setAgainst(fault);
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.trouble);
    expectByVoice(turn);
  });

  it('gives up on a service slower than the deadline and still answers well inside Alexa’s limit', async () => {
    // Prepare
    const started = performance.now();
    // Act
    const turn = await setAgainst({ delayMs: 10_000 });
    // Assess
    expect(performance.now() - started).toBeLessThan(ALEXA_LIMIT_MS);
    expect(turn.speech).toContain(REMINDER_PHRASES.trouble);
    expectByVoice(turn);
  });

  it('answers in time when the time zone is slow and the reminder then slower still', async () => {
    // Prepare: two calls in a row, the first just inside the deadline, the second past it
    api.failNext({ delayMs: 2000 }, 1, TIME_ZONE_PATH);
    api.failNext({ delayMs: 10_000 }, 1, REMINDERS_PATH);
    const started = performance.now();
    // Act
    const turn = await deviceFor(api.url).intent('SupplementReminderIntent', { time: '21:00' });
    // Assess
    expect(performance.now() - started).toBeLessThan(ALEXA_LIMIT_MS);
    expect(turn.speech).toContain(REMINDER_PHRASES.trouble);
  });

  it('gives up on a slow time zone, and creates nothing', async () => {
    // Act
    const turn = await setAgainst({ delayMs: 10_000 }, TIME_ZONE_PATH);
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.trouble);
    expect(api.requests.map((request) => request.path)).not.toContain(REMINDERS_PATH);
  });

  it('apologises when the time zone cannot be read, and creates nothing in a guessed one', async () => {
    // Act
    const turn = await setAgainst({ status: 500 }, TIME_ZONE_PATH);
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.trouble);
    expect(api.reminders).toEqual([]);
  });

  it('treats a time zone the world does not know as none set', async () => {
    // Prepare
    api.timeZone = 'Mars/Olympus_Mons';
    // Act
    const turn = await deviceFor(api.url).intent('SupplementReminderIntent', { time: '21:00' });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.noTimeZone);
    expect(api.reminders).toEqual([]);
  });

  it('apologises when nothing listens at the API endpoint', async () => {
    // Act
    const turn = await deviceFor(await closedEndpoint()).intent('SupplementReminderIntent', {
      time: '21:00',
    });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.trouble);
    expectByVoice(turn);
  });
});

describe('when the Reminders API fails while listing or cancelling', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi();
  });
  afterEach(() => api.close());

  it.each([
    [401, REMINDER_PHRASES.listNoPermission],
    [403, REMINDER_PHRASES.unsupportedHere],
    [500, REMINDER_PHRASES.listTrouble],
    [429, REMINDER_PHRASES.listTrouble],
  ])('says why the list could not be read on a %i', async (status, said) => {
    // Prepare
    api.failNext({ status });
    // Act
    const turn = await deviceFor(api.url).intent('ListRemindersIntent');
    // Assess
    expect(turn.speech).toContain(said);
    expect(turn.ended).toBe(false);
    expect(turn.exchange.response.response.card?.type === 'AskForPermissionsConsent').toBe(status === 401);
  });

  it('keeps the reminder and says where to delete it when the delete fails', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SupplementReminderIntent', { time: '21:00' });
    api.failNext({ status: 500 }, 1, `${REMINDERS_PATH}/`);
    // Act
    const turn = await alexa.intent('CancelReminderIntent', { reminder: 'supplement' });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.cancelTrouble);
    expect(api.reminders).toHaveLength(1);
  });

  it('sends the permissions card when the permission was turned off before cancelling', async () => {
    // Prepare
    api.failNext({ status: 401 }, 1, REMINDERS_PATH);
    // Act
    const turn = await deviceFor(api.url).intent('CancelReminderIntent', { reminder: 'check-in' });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.cancelNoPermission);
    expect(turn.exchange.response.response.card?.type).toBe('AskForPermissionsConsent');
  });
});
