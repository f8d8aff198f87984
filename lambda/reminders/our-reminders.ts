/**
 * The skill's own reminders, read from the Reminders API's list (which holds only the reminders this
 * skill set for this user). The reply is untrusted: each reminder is kept only with a usable id and
 * a time the skill can say. The daily one is the only recurring reminder the skill sets, so the
 * recurrence tells the two kinds apart whatever words a reminder was set with.
 */
import type { services } from 'ask-sdk-model';
import type { ReminderWhen } from '../conversation/reminder-lines';
import { isRecord } from '../records';
import { isServiceId } from '../services/ids';
import { isLocalDate, isLocalTime } from './local-time';

export type OurReminder = ReminderWhen & { id: string };

/** Far more than anyone sets from this skill; the rest of a longer list is not read. */
const MAX_READ = 50;

/** "2026-12-04T10:00:00.000" → its day and its "10:00". */
function wallClock(value: unknown): { date: string; time: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const date = value.slice(0, 10);
  const time = value.slice(11, 16);
  return value[10] === 'T' && isLocalDate(date) && isLocalTime(time) ? { date, time } : undefined;
}

/** The time of day in a daily RRULE ("FREQ=DAILY;BYHOUR=9;BYMINUTE=0;…"). */
function ruleTime(rules: unknown): string | undefined {
  const rule = Array.isArray(rules) && typeof rules[0] === 'string' ? rules[0] : '';
  const hour = /BYHOUR=(\d{1,2})/.exec(rule)?.[1];
  const minute = /BYMINUTE=(\d{1,2})/.exec(rule)?.[1] ?? '0';
  const time = hour === undefined ? '' : `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
  return isLocalTime(time) ? time : undefined;
}

function readReminder(alert: unknown): OurReminder | undefined {
  if (!isRecord(alert) || !isServiceId(alert.alertToken) || alert.status !== 'ON') return undefined;
  const id = alert.alertToken;
  const trigger = isRecord(alert.trigger) ? alert.trigger : {};
  if (isRecord(trigger.recurrence)) {
    const time =
      ruleTime(trigger.recurrence.recurrenceRules) ?? wallClock(trigger.recurrence.startDateTime)?.time;
    return time ? { id, kind: 'supplement', time } : undefined;
  }
  const once = wallClock(trigger.scheduledTime);
  return once ? { id, kind: 'check-in', ...once } : undefined;
}

/** The daily reminder first, then the check-ins, soonest first. */
function order(a: OurReminder, b: OurReminder): number {
  const key = (reminder: OurReminder) =>
    reminder.kind === 'supplement' ? `0 ${reminder.time}` : `1 ${reminder.date} ${reminder.time}`;
  return key(a).localeCompare(key(b));
}

export function ourReminders(
  reply: services.reminderManagement.GetRemindersResponse | undefined,
): OurReminder[] {
  const alerts: unknown = reply?.alerts;
  if (!Array.isArray(alerts)) return [];
  return alerts
    .slice(0, MAX_READ)
    .map(readReminder)
    .filter((reminder) => reminder !== undefined)
    .sort(order);
}
