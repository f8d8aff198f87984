import type { services } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { durationMs, type FakeAlexaApis, MAX_DURATION_MS } from '../../devtools/fake-alexa-apis';
import { callApi } from '../support/alexa-apis';
import { ACCESS_TOKEN, startAlexaApis } from './support';

function announceTimer(
  overrides: Partial<services.timerManagement.TimerRequest> = {},
): services.timerManagement.TimerRequest {
  return {
    duration: 'PT20M',
    timerLabel: 'Ice, then heat',
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-US', text: 'Switch to heat.' }] },
      notificationConfig: { playAudible: true },
    },
    ...overrides,
  };
}

describe('the loopback fake of the Alexa Timers API', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => api.close());

  const call = (method: string, path: string, body?: unknown, token?: string) =>
    callApi(api, method, path, body, token);

  it('creates a timer and answers with the real service’s fields', async () => {
    // Act
    const response = await call('POST', '/v1/alerts/timers', announceTimer());
    // Assess
    expect(response.status).toBe(200);
    const timer = (await response.json()) as services.timerManagement.TimerResponse;
    expect(timer).toMatchObject({ status: 'ON', duration: 'PT20M', timerLabel: 'Ice, then heat' });
    expect(timer.id).toMatch(/^[\w-]+$/);
    for (const time of [timer.triggerTime, timer.createdTime, timer.updatedTime]) {
      expect(Number.isNaN(Date.parse(time ?? ''))).toBe(false);
    }
  });

  it('refuses a request without the access token it was started with', async () => {
    // Act
    const response = await call('POST', '/v1/alerts/timers', announceTimer(), 'atc.someone-else');
    // Assess
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(api.timers).toEqual([]);
  });

  it.each([
    ['a duration over two hours', announceTimer({ duration: 'PT2H1M' })],
    ['a duration that is not ISO-8601', announceTimer({ duration: '20 minutes' })],
    ['a zero duration', announceTimer({ duration: 'PT0S' })],
    [
      'an unknown operation type',
      announceTimer({
        triggeringBehavior: {
          operation: { type: 'SING' } as unknown as services.timerManagement.Operation,
          notificationConfig: { playAudible: true },
        },
      }),
    ],
    [
      'no announcement for the device locale',
      announceTimer({
        triggeringBehavior: {
          operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-GB', text: 'Switch to heat.' }] },
          notificationConfig: { playAudible: true },
        },
      }),
    ],
    ['no creation behaviour', { ...announceTimer(), creationBehavior: {} }],
  ])('refuses %s with a 400', async (_name, body) => {
    // Act
    const response = await call('POST', '/v1/alerts/timers', body);
    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('accepts chime-only timers and the longest allowed duration', async () => {
    // Act
    const response = await call(
      'POST',
      '/v1/alerts/timers',
      announceTimer({
        duration: 'PT2H',
        triggeringBehavior: { operation: { type: 'NOTIFY_ONLY' }, notificationConfig: { playAudible: true } },
      }),
    );
    // Assess
    expect(response.status).toBe(200);
    expect(durationMs('PT2H')).toBe(MAX_DURATION_MS);
  });

  it('gets, lists and deletes timers, and answers 404 for one it does not know', async () => {
    // Prepare
    const { id } = (await (await call('POST', '/v1/alerts/timers', announceTimer())).json()) as {
      id: string;
    };
    await call('POST', '/v1/alerts/timers', announceTimer({ duration: 'PT5M' }));
    // Act
    const one = await call('GET', `/v1/alerts/timers/${id}`);
    const list = (await (
      await call('GET', '/v1/alerts/timers')
    ).json()) as services.timerManagement.TimersResponse;
    const deleted = await call('DELETE', `/v1/alerts/timers/${id}`);
    const gone = await call('GET', `/v1/alerts/timers/${id}`);
    const all = await call('DELETE', '/v1/alerts/timers');
    // Assess
    expect(one.status).toBe(200);
    expect(list.totalCount).toBe(2);
    expect(list.timers?.map((timer) => timer.duration)).toEqual(['PT5M', 'PT20M']);
    expect(deleted.status).toBe(200);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'TIMER_NOT_FOUND' });
    expect(all.status).toBe(200);
    expect(api.timers).toEqual([]);
  });

  it('answers the next requests with an injected status, then normally again', async () => {
    // Prepare
    api.failNext({ status: 503 }, 2);
    // Act
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call('GET', '/v1/alerts/timers')).status);
    // Assess
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('drops the connection when told to', async () => {
    // Prepare
    api.failNext({ drop: true });
    // Act, Assess
    await expect(call('GET', '/v1/alerts/timers')).rejects.toThrow();
  });

  it('fires a timer at its scaled time with its label and announcement, then forgets it', async () => {
    // Prepare: five seconds at 100 times real speed
    const fastApi = await startAlexaApis({ timeScale: 100 });
    const fired = new Promise((resolve) => fastApi.once('timer', resolve));
    // Act
    await fetch(`${fastApi.url}/v1/alerts/timers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
      body: JSON.stringify(announceTimer({ duration: 'PT5S' })),
    });
    // Assess
    await expect(fired).resolves.toMatchObject({ label: 'Ice, then heat', announce: 'Switch to heat.' });
    await expect(fastApi.whenTimersIdle()).resolves.toBeUndefined();
    expect(fastApi.timers).toEqual([]);
    await fastApi.close();
  });

  it('keeps the request bodies it received, and never the headers', async () => {
    // Act
    await call('POST', '/v1/alerts/timers', announceTimer());
    // Assess
    expect(api.requests).toEqual([{ method: 'POST', path: '/v1/alerts/timers', body: announceTimer() }]);
    expect(JSON.stringify(api.requests)).not.toContain(ACCESS_TOKEN);
  });
});
