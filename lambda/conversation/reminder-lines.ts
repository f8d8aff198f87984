/**
 * Lines about reminders. Most are fixed phrases; the ones that speak a time, a day or a count hold
 * only those values, checked when read back from the session, and the words come from the content.
 */
import {
  isReminderKind,
  isReminderPhraseId,
  REMINDER_PHRASES,
  REMINDER_SAYINGS,
  type ReminderKind,
  type ReminderPhraseId,
} from '../content';
import { isLocalDate, isLocalTime } from '../reminders/local-time';

/** When a reminder goes off: every day at a time, or once, on a day at a time. */
export type ReminderWhen =
  | { kind: 'supplement'; time: string }
  | { kind: 'check-in'; date: string; time: string };

/** Reminders are few; a count beyond this is not one the skill could have said. */
const MAX_COUNT = 99;

export type ReminderLine =
  | { reminder: ReminderPhraseId }
  | ({ reminder: 'set' | 'listed' } & ReminderWhen)
  | { reminder: 'count'; count: number; listed: number }
  | { reminder: 'cancelled'; kind: ReminderKind; count: number };

export function reminderLineText(line: ReminderLine): string {
  switch (line.reminder) {
    case 'count':
      return REMINDER_SAYINGS.count(line.count, line.listed);
    case 'cancelled':
      return REMINDER_SAYINGS.cancelled(line.kind, line.count);
    case 'set':
      return line.kind === 'supplement'
        ? REMINDER_SAYINGS.setSupplement(line.time)
        : REMINDER_SAYINGS.setCheckIn(line.date, line.time);
    case 'listed':
      return line.kind === 'supplement'
        ? REMINDER_SAYINGS.listedSupplement(line.time)
        : REMINDER_SAYINGS.listedCheckIn(line.date, line.time);
    default:
      return REMINDER_PHRASES[line.reminder];
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_COUNT;
}

/** A reminder line from untrusted session attributes, only with values the skill could have said. */
export function readReminderLine(value: Record<string, unknown>): ReminderLine | undefined {
  const { reminder, kind, time, date, count, listed } = value;
  if (isReminderPhraseId(reminder)) return { reminder };
  if (reminder === 'count' && isCount(count) && isCount(listed) && listed <= count)
    return { reminder, count, listed };
  if (reminder === 'cancelled' && isReminderKind(kind) && isCount(count)) return { reminder, kind, count };
  if ((reminder !== 'set' && reminder !== 'listed') || !isLocalTime(time)) return undefined;
  if (kind === 'supplement') return { reminder, kind, time };
  if (kind === 'check-in' && isLocalDate(date)) return { reminder, kind, date, time };
  return undefined;
}
