/** When a reminder goes off and what the skill sends for it: pure functions, with a fixed clock. */
import type { services } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { REMINDER_TEXTS, spokenDay, spokenTime } from '../../lambda/content';
import { localNow } from '../../lambda/reminders/local-time';
import { ourReminders } from '../../lambda/reminders/our-reminders';
import { dailyRule, firstTime, reminderRequest } from '../../lambda/reminders/reminder-request';
import { readWanted, writeWanted } from '../../lambda/reminders/wanted';

/** Friday 4 December 2026, 14:25:07 on the user's clock. */
const NOW = { date: '2026-12-04', time: '14:25', seconds: 7 };

describe('when a reminder first goes off', () => {
  it('starts the daily reminder today when its time is still to come, tomorrow when it has passed', () => {
    // Act
    const later = firstTime({ kind: 'supplement', time: '21:00' }, NOW);
    const passed = firstTime({ kind: 'supplement', time: '09:00' }, NOW);
    const thisMinute = firstTime({ kind: 'supplement', time: '14:25' }, NOW);
    // Assess
    expect(later).toEqual({ kind: 'supplement', time: '21:00', date: '2026-12-04' });
    expect(passed).toEqual({ kind: 'supplement', time: '09:00', date: '2026-12-05' });
    expect(thisMinute?.date).toBe('2026-12-05');
  });

  it('sets a check-in some days ahead across a month and a year end', () => {
    // Act
    const inThree = firstTime({ kind: 'check-in', time: '10:00', inDays: 3 }, NOW);
    const newYear = firstTime({ kind: 'check-in', time: '10:00', inDays: 28 }, NOW);
    // Assess
    expect(inThree).toEqual({ kind: 'check-in', time: '10:00', date: '2026-12-07' });
    expect(newYear?.date).toBe('2027-01-01');
  });

  it.each([
    ['today', '2026-12-04'],
    ['yesterday', '2026-12-03'],
    ['more than four weeks ahead', '2027-01-02'],
  ])('sets no check-in on a day %s', (_when, on) => {
    expect(firstTime({ kind: 'check-in', time: '10:00', on }, NOW)).toBeUndefined();
  });
});

describe('the Reminders API request', () => {
  it('sends the daily reminder as a local start with the time zone id and one daily RRULE, never freq or byDay', () => {
    // Act
    const body = reminderRequest(
      { kind: 'supplement', time: '21:30', date: '2026-12-04' },
      'Pacific/Auckland',
      NOW,
      'en-GB',
    );
    // Assess
    expect(body).toEqual({
      requestTime: '2026-12-04T14:25:07.000',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        scheduledTime: '2026-12-04T21:30:00.000',
        timeZoneId: 'Pacific/Auckland',
        recurrence: {
          startDateTime: '2026-12-04T21:30:00.000',
          recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0'],
        },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-GB', text: REMINDER_TEXTS.supplement }] } },
      pushNotification: { status: 'ENABLED' },
    });
  });

  it('sends the check-in once, at a local time, with the doctor advice as its text', () => {
    // Act
    const body = reminderRequest(
      { kind: 'check-in', time: '10:00', date: '2026-12-07' },
      'Asia/Kolkata',
      NOW,
      'xx-YY',
    );
    // Assess
    expect(body.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: '2026-12-07T10:00:00.000',
      timeZoneId: 'Asia/Kolkata',
    });
    expect(body.alertInfo?.spokenInfo?.content).toEqual([
      { locale: 'en-US', text: REMINDER_TEXTS['check-in'] },
    ]);
    expect(REMINDER_TEXTS['check-in']).toMatch(/doctor/);
  });

  it('writes the rule with unpadded hours and minutes, as RFC 5545 numbers are', () => {
    expect(dailyRule('07:05')).toBe('FREQ=DAILY;BYHOUR=7;BYMINUTE=5;BYSECOND=0');
  });
});

describe('the wall clock in the user’s time zone', () => {
  it.each([
    ['2026-03-08T06:30:00Z', 'America/New_York', '2026-03-08', '01:30'],
    ['2026-03-08T07:30:00Z', 'America/New_York', '2026-03-08', '03:30'],
    ['2026-12-04T11:00:00Z', 'Pacific/Auckland', '2026-12-05', '00:00'],
    ['2026-12-04T11:00:00Z', 'Asia/Kolkata', '2026-12-04', '16:30'],
  ])('reads %s in %s as %s %s, daylight saving included', (instant, zone, date, time) => {
    expect(localNow(zone, new Date(instant))).toMatchObject({ date, time });
  });
});

describe('what travels in the consent token', () => {
  it.each([
    [{ kind: 'supplement', time: '09:00' }],
    [{ kind: 'check-in', time: '10:00', inDays: 3 }],
    [{ kind: 'check-in', time: '18:30', on: '2026-12-11' }],
  ] as const)('reads back %j exactly as it was written', (wanted) => {
    expect(readWanted(writeWanted(wanted))).toEqual(wanted);
  });

  it.each([
    [['supplement', '2500']],
    [['supplement', '9']],
    [['check-in', '1000', '+0']],
    [['check-in', '1000', '+99']],
    [['check-in', '1000', '2026-02-30']],
    [['alarm', '0900']],
    [[]],
  ])('reads nothing from the fields %j', (fields) => {
    expect(readWanted(fields)).toBeUndefined();
  });
});

/** A reply as it might arrive: anything at all, typed only as the client declares it. */
const untrusted = (reply: unknown) => reply as services.reminderManagement.GetRemindersResponse;

describe('the skill’s reminders in the API’s list', () => {
  const alert = (overrides: Record<string, unknown>) => ({
    alertToken: 'a1',
    status: 'ON',
    trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-12-07T10:00:00.000', timeZoneId: 'UTC' },
    ...overrides,
  });

  it('keeps only reminders still to go off, with a usable id and a time it can say, daily first', () => {
    // Prepare
    const daily = alert({
      alertToken: 'daily',
      trigger: {
        scheduledTime: '2026-12-04T21:30:00.000',
        recurrence: {
          startDateTime: '2026-12-04T21:30:00.000',
          recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0'],
        },
      },
    });
    const reply = {
      totalCount: '6',
      alerts: [
        alert({ alertToken: 'later', trigger: { scheduledTime: '2026-12-11T09:00:00.000' } }),
        alert({ alertToken: 'soon' }),
        daily,
        alert({ alertToken: 'done', status: 'COMPLETED' }),
        alert({ alertToken: '../../etc/passwd' }),
        alert({ alertToken: 'relative', trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 60 } }),
      ],
    };
    // Act
    const ours = ourReminders(untrusted(reply));
    // Assess
    expect(ours).toEqual([
      { id: 'daily', kind: 'supplement', time: '21:30' },
      { id: 'soon', kind: 'check-in', date: '2026-12-07', time: '10:00' },
      { id: 'later', kind: 'check-in', date: '2026-12-11', time: '09:00' },
    ]);
  });

  it('reads an empty or malformed reply as no reminders', () => {
    expect(ourReminders(undefined)).toEqual([]);
    expect(ourReminders(untrusted({ alerts: 'none' }))).toEqual([]);
  });
});

describe('the words for times and days', () => {
  it.each([
    ['09:00', '9 AM'],
    ['21:30', '9:30 PM'],
    ['12:00', 'noon'],
    ['00:00', 'midnight'],
    ['00:15', '12:15 AM'],
    ['12:45', '12:45 PM'],
  ])('says %s as "%s"', (time, said) => {
    expect(spokenTime(time)).toBe(said);
  });

  it('says a date with its weekday', () => {
    expect(spokenDay('2026-12-04')).toBe('Friday, December 4');
  });
});
