/** The loopback fake's Reminders API and device time zone behave as Amazon documents them. */
import type { services } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantOf } from '../../devtools/fake-alexa/wall-clock';
import type { FakeAlexaApis, ReminderEvent } from '../../devtools/fake-alexa-apis';
import { ACCESS_TOKEN, callApi } from '../support/alexa-apis';
import { dateIn, REMINDERS_PATH, startRemindersApi } from './support';

const ZONE = 'Asia/Kolkata';

function oneOff(
  overrides: Partial<services.reminderManagement.Trigger> = {},
): services.reminderManagement.ReminderRequest {
  return {
    requestTime: `${dateIn(ZONE)}T09:00:00.000`,
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: `${dateIn(ZONE, 2)}T10:00:00.000`,
      timeZoneId: ZONE,
      ...overrides,
    },
    alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: 'Check on your back.' }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

describe('the loopback fake of the Alexa Reminders API', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi({ timeZone: ZONE });
  });
  afterEach(() => api.close());

  const call = (method: string, path: string, body?: unknown, token?: string) =>
    callApi(api, method, path, body, token);

  it('creates, lists, gets and deletes reminders with the real service’s fields', async () => {
    // Act
    const created = (await (
      await call('POST', REMINDERS_PATH, oneOff())
    ).json()) as services.reminderManagement.ReminderResponse;
    const list = (await (
      await call('GET', REMINDERS_PATH)
    ).json()) as services.reminderManagement.GetRemindersResponse;
    const one = await call('GET', `${REMINDERS_PATH}/${created.alertToken}`);
    const deleted = await call('DELETE', `${REMINDERS_PATH}/${created.alertToken}`);
    const gone = await call('DELETE', `${REMINDERS_PATH}/${created.alertToken}`);
    // Assess
    expect(created).toMatchObject({
      alertToken: expect.stringMatching(/^[\w-]+$/),
      status: 'ON',
      version: '1',
    });
    expect(list.totalCount).toBe('1');
    expect(list.alerts?.[0]).toMatchObject({
      alertToken: created.alertToken,
      status: 'ON',
      trigger: oneOff().trigger,
    });
    expect(one.status).toBe(200);
    expect(deleted.status).toBe(200);
    expect(gone.status).toBe(404);
    expect(api.reminders).toEqual([]);
  });

  it('refuses a request without the access token it was started with', async () => {
    // Act
    const response = await call('POST', REMINDERS_PATH, oneOff(), 'atc.someone-else');
    // Assess
    expect(response.status).toBe(401);
    expect(api.reminders).toEqual([]);
  });

  it.each([
    ['a scheduled time with an offset', oneOff({ scheduledTime: '2030-01-01T10:00:00.000Z' })],
    ['no time zone', oneOff({ timeZoneId: undefined })],
    ['a time zone that does not exist', oneOff({ timeZoneId: 'Mars/Olympus_Mons' })],
    ['a time already past', oneOff({ scheduledTime: '2020-01-01T10:00:00.000' })],
    ['the deprecated recurrence form', oneOff({ recurrence: { freq: 'DAILY', byDay: ['MO'] } })],
    [
      'a recurrence without rules',
      oneOff({ recurrence: { startDateTime: '2030-01-01T10:00:00.000', recurrenceRules: [] } }),
    ],
    [
      'a rule this fake cannot read',
      oneOff({ recurrence: { startDateTime: '2030-01-01T10:00:00.000', recurrenceRules: ['FREQ=HOURLY'] } }),
    ],
    [
      'no text for the device’s locale',
      { ...oneOff(), alertInfo: { spokenInfo: { content: [{ locale: 'de-DE', text: 'Rücken' }] } } },
    ],
  ])('refuses %s with a 400', async (_name, body) => {
    // Act
    const response = await call('POST', REMINDERS_PATH, body);
    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('answers the device’s time zone, and "No Content" when none is set', async () => {
    // Act
    const set = await call('GET', '/v2/devices/any-device/settings/System.timeZone');
    api.timeZone = null;
    const unset = await call('GET', '/v2/devices/any-device/settings/System.timeZone');
    // Assess
    expect(await set.json()).toBe(ZONE);
    expect(unset.status).toBe(204);
  });

  it('reads the time zone of its own device only, when it was told which', async () => {
    // Prepare
    const deviceApi = await startRemindersApi({ deviceId: 'amzn1.ask.device.mine' });
    // Act
    const mine = await fetch(`${deviceApi.url}/v2/devices/amzn1.ask.device.mine/settings/System.timeZone`, {
      headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
    });
    const other = await fetch(
      `${deviceApi.url}/v2/devices/amzn1.ask.device.theirs/settings/System.timeZone`,
      {
        headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
      },
    );
    // Assess
    expect(mine.status).toBe(200);
    expect(other.status).toBe(404);
    await deviceApi.close();
  });

  it('fails only the requests under the path a fault was aimed at', async () => {
    // Prepare
    api.failNext({ status: 503 }, 1, REMINDERS_PATH);
    // Act
    const zone = await call('GET', '/v2/devices/d/settings/System.timeZone');
    const reminders = await call('GET', REMINDERS_PATH);
    // Assess
    expect([zone.status, reminders.status]).toEqual([200, 503]);
  });

  it('fires a one-off reminder at its time in its zone, at the time scale, and keeps it as COMPLETED', async () => {
    // Prepare: two days ahead at 86,400 times real speed is about two seconds away
    const fastApi = await startRemindersApi({ timeScale: 86_400 });
    const events: ReminderEvent[] = [];
    fastApi.on('reminder', (event) => events.push(event));
    // Act
    await fetch(`${fastApi.url}${REMINDERS_PATH}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
      body: JSON.stringify(oneOff()),
    });
    await fastApi.whenRemindersFired();
    // Assess
    expect(events.map((event) => event.action)).toEqual(['created', 'fired']);
    expect(events[1]).toMatchObject({ text: 'Check on your back.', trigger: oneOff().trigger });
    expect(fastApi.reminders[0]?.status).toBe('COMPLETED');
    await fastApi.close();
  }, 10_000);

  it('fires a daily reminder and keeps it on for the next day', async () => {
    // Prepare: a day at 86,400 times real speed is a second
    const fastApi = await startRemindersApi({ timeScale: 86_400 });
    const fired: ReminderEvent[] = [];
    fastApi.on('reminder', (event) => event.action === 'fired' && fired.push(event));
    const daily = oneOff({
      scheduledTime: `${dateIn(ZONE, 1)}T07:00:00.000`,
      recurrence: {
        startDateTime: `${dateIn(ZONE, 1)}T07:00:00.000`,
        recurrenceRules: ['FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0'],
      },
    });
    // Act
    await fetch(`${fastApi.url}${REMINDERS_PATH}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
      body: JSON.stringify(daily),
    });
    await fastApi.whenRemindersFired();
    // Assess
    expect(fired).toHaveLength(1);
    expect(fastApi.reminders[0]?.status).toBe('ON');
    await fastApi.close();
  }, 10_000);
});

describe('the fake’s wall clock', () => {
  it.each([
    ['2026-03-08T01:30:00.000', 'America/New_York', '2026-03-08T06:30:00.000Z'],
    ['2026-03-08T03:30:00.000', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-12-05T00:00:00.000', 'Pacific/Auckland', '2026-12-04T11:00:00.000Z'],
    ['2026-12-04T16:30', 'Asia/Kolkata', '2026-12-04T11:00:00.000Z'],
  ])('knows %s in %s happens at %s', (local, zone, instant) => {
    expect(new Date(instantOf(local, zone)).toISOString()).toBe(instant);
  });
});
