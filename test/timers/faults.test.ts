import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Turn } from '../../console/turn';
import type { FakeAlexaApis, Fault } from '../../devtools/fake-alexa-apis';
import { PHRASES, TIMER_PHRASES, topic } from '../../lambda/content';
import { closedEndpoint, deviceFor, startAlexaApis } from './support';

/** Alexa drops a reply that takes longer than this. */
const ALEXA_LIMIT_MS = 8000;

function expectTimingByVoice(turn: Turn): void {
  expect(turn.speech).toContain(PHRASES.timingByVoice);
  expect(turn.ended).toBe(false);
  expect(turn.reprompt).toBe(PHRASES.reprompt);
}

function expectTimingCard(turn: Turn): void {
  expect(turn.card).toEqual({ title: topic('timing').title, text: topic('timing').cardText });
}

function expectPermissionsCard(turn: Turn): void {
  expect(turn.exchange.response.response.card).toEqual({
    type: 'AskForPermissionsConsent',
    permissions: ['alexa::alerts:timers:skill:readwrite'],
  });
}

describe('when the Timers API fails while setting the ice timer', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => api.close());

  async function setTimerAgainst(fault: Fault): Promise<Turn> {
    api.failNext(fault);
    return deviceFor(api.url).intent('SetTimerIntent');
  }

  it.each([401, 403])('sends the permissions card and gives the timing by voice on a %i', async (status) => {
    // Prepare, Act
    const turn = await setTimerAgainst({ status });
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.permissionRevoked);
    expectTimingByVoice(turn);
    expectPermissionsCard(turn);
  });

  it('says the timer was refused, and gives the timing by voice and card, on a 400', async () => {
    // Prepare, Act
    const turn = await setTimerAgainst({ status: 400 });
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.timerRefused);
    expectTimingByVoice(turn);
    expectTimingCard(turn);
  });

  it('says the timer was refused when the user already has too many timers', async () => {
    // Prepare
    const fullApi = await startAlexaApis({ maxTimers: 0 });
    // Act
    const turn = await deviceFor(fullApi.url).intent('SetTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.timerRefused);
    expectTimingByVoice(turn);
    await fullApi.close();
  });

  it.each([
    ['a 429', { status: 429 }],
    ['a 500', { status: 500 }],
    ['a 504', { status: 504 }],
    ['a dropped connection', { drop: true }],
  ] as const)('apologises briefly and gives the timing by voice and card on %s', async (_name, fault) => {
    // Prepare, Act
    const turn = await setTimerAgainst(fault);
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.serviceTrouble);
    expectTimingByVoice(turn);
    expectTimingCard(turn);
    expect(api.timers).toEqual([]);
  });

  it('gives up on a service slower than the deadline and still answers well inside Alexa’s limit', async () => {
    // Prepare
    api.failNext({ delayMs: 10_000 });
    const alexa = deviceFor(api.url);
    const started = performance.now();
    // Act
    const turn = await alexa.intent('SetTimerIntent');
    // Assess
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(ALEXA_LIMIT_MS);
    expect(turn.speech).toContain(TIMER_PHRASES.serviceTrouble);
    expectTimingByVoice(turn);
    expectTimingCard(turn);
    expect(alexa.device.attributes.timerId).toBeUndefined();
  });

  it('apologises and gives the timing when nothing listens at the API endpoint', async () => {
    // Prepare
    const alexa = deviceFor(await closedEndpoint());
    // Act
    const turn = await alexa.intent('SetTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.serviceTrouble);
    expectTimingByVoice(turn);
  });

  it('gives the timing when the request carries no API endpoint at all', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    alexa.device.apiEndpoint = '';
    // Act
    const turn = await alexa.intent('SetTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.serviceTrouble);
    expectTimingByVoice(turn);
  });
});

describe('when the Timers API fails while cancelling the ice timer', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => api.close());

  it.each([
    ['a 500', { status: 500 }],
    ['a 429', { status: 429 }],
    ['a dropped connection', { drop: true }],
  ] as const)('keeps the timer, apologises and says how to stop it on %s', async (_name, fault) => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    api.failNext(fault);
    // Act
    const turn = await alexa.intent('CancelTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.cancelTrouble);
    expect(turn.speech).toContain('Alexa, cancel the timer');
    expect(alexa.device.attributes.timerId).toBe(api.timers[0]?.id);
  });

  it('sends the permissions card when the permission was turned off', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    api.failNext({ status: 401 });
    // Act
    const turn = await alexa.intent('CancelTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.cancelPermissionRevoked);
    expectPermissionsCard(turn);
  });
});

describe('what the skill logs about the Timers API', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    return api.close();
  });

  it('logs outcomes and status codes, and never a token, user id or device id', async () => {
    // Prepare
    const lines: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((line: unknown) => {
        lines.push(String(line));
      });
    }
    const alexa = deviceFor(api.url);
    // Act
    await alexa.intent('SetTimerIntent');
    await alexa.intent('CancelTimerIntent');
    api.failNext({ status: 403 });
    await alexa.intent('SetTimerIntent');
    api.failNext({ drop: true });
    await alexa.intent('SetTimerIntent');
    // Assess
    const logged = lines.join('\n');
    const { apiAccessToken, consentToken, userId, deviceId } = alexa.device;
    for (const secret of [apiAccessToken, consentToken ?? '', userId, deviceId]) {
      expect(logged).not.toContain(secret);
    }
    const calls = lines.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'alexa api');
    expect(calls.map(({ operation, outcome, status }) => ({ operation, outcome, status }))).toEqual([
      { operation: 'create', outcome: 'ok', status: undefined },
      { operation: 'delete', outcome: 'ok', status: undefined },
      { operation: 'create', outcome: 'revoked', status: 403 },
      { operation: 'create', outcome: 'unavailable', status: undefined },
    ]);
    expect(calls[3]?.cause).toBeTruthy();
  });
});
