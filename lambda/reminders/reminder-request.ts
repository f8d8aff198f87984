/**
 * The body of the Reminders API request: when it goes off, on the user's wall clock with their time
 * zone's id (as Amazon's samples send it), and what Alexa says. The daily reminder uses the current
 * recurrence form, a start and an RRULE, not the deprecated freq and byDay.
 */
import type { services } from 'ask-sdk-model';
import { REMINDER_TEXTS, type ReminderKind } from '../content';
import type { ReminderWhen } from '../conversation/reminder-lines';
import { isSupportedLocale } from '../locales';
import { addDays, daysBetween, type LocalMoment, localDateTime } from './local-time';
import { isCheckInDays, type Wanted } from './wanted';

/** When a reminder first goes off, on the user's wall clock (a daily one too starts on a day). */
export type FirstTime = ReminderWhen & { date: string };

/** The first time `wanted` goes off, seen from `now`; undefined for a check-in on a day out of range. */
export function firstTime(wanted: Wanted, now: LocalMoment): FirstTime | undefined {
  const { time } = wanted;
  if (wanted.kind === 'supplement')
    return { kind: 'supplement', time, date: time > now.time ? now.date : addDays(now.date, 1) };
  const date = 'on' in wanted ? wanted.on : addDays(now.date, wanted.inDays);
  return isCheckInDays(daysBetween(now.date, date)) ? { kind: 'check-in', time, date } : undefined;
}

/** Every day at `time`: "FREQ=DAILY;BYHOUR=9;BYMINUTE=0;BYSECOND=0". */
export function dailyRule(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return `FREQ=DAILY;BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0`;
}

/** The reminder in the request's locale; a locale the skill does not speak gets US English. */
function spokenText(kind: ReminderKind, locale: string | undefined): services.reminderManagement.SpokenText {
  return { locale: isSupportedLocale(locale) ? locale : 'en-US', text: REMINDER_TEXTS[kind] };
}

export function reminderRequest(
  first: FirstTime,
  zone: string,
  now: LocalMoment,
  locale: string | undefined,
): services.reminderManagement.ReminderRequest {
  const scheduledTime = localDateTime(first.date, first.time);
  const recurrence =
    first.kind === 'supplement'
      ? { recurrence: { startDateTime: scheduledTime, recurrenceRules: [dailyRule(first.time)] } }
      : {};
  return {
    requestTime: localDateTime(now.date, now.time, now.seconds),
    trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime, timeZoneId: zone, ...recurrence },
    alertInfo: { spokenInfo: { content: [spokenText(first.kind, locale)] } },
    pushNotification: { status: 'ENABLED' },
  };
}
