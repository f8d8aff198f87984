/**
 * What the user said in the reminder intents' slots, in the skill's terms: the time of day
 * (AMAZON.TIME "09:00", or a part of the day), when to check in (AMAZON.DURATION "P3D" or
 * AMAZON.DATE "2026-12-04"), and which reminder (the ReminderType slot).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { isReminderKind, PART_OF_DAY_TIMES, type ReminderKind } from '../content';
import { DEFAULT_CHECK_IN, isCheckInDays, type Wanted } from '../reminders';
import { isLocalDate, isLocalTime } from '../reminders/local-time';
import { resolvedSlotId, spokenSlotValue } from '../requests';
import { durationDays } from './slots';

/** The time said, as a clock time; undefined when none was said (or none Alexa could read). */
export function reminderTimeOf(envelope: RequestEnvelope): string | undefined {
  const value = spokenSlotValue(envelope, 'time');
  if (isLocalTime(value)) return value;
  return value !== undefined && Object.hasOwn(PART_OF_DAY_TIMES, value)
    ? PART_OF_DAY_TIMES[value]
    : undefined;
}

/** The check-in asked for: by default in a few days; undefined for a day or a wait out of range. */
export function checkInOf(envelope: RequestEnvelope): Wanted | undefined {
  const time = reminderTimeOf(envelope) ?? DEFAULT_CHECK_IN.time;
  const day = spokenSlotValue(envelope, 'day');
  if (day !== undefined) return isLocalDate(day) ? { kind: 'check-in', time, on: day } : undefined;
  const delay = spokenSlotValue(envelope, 'delay');
  // "In a few days" can reach the slot unresolved ("?"): the article's few days are the default.
  if (delay === undefined || !delay.startsWith('P')) return { ...DEFAULT_CHECK_IN, time };
  const days = durationDays(delay);
  return isCheckInDays(days) ? { kind: 'check-in', time, inDays: days } : undefined;
}

/** Which reminder was named: one of the skill's, none at all, or words that name neither. */
export function reminderNamed(envelope: RequestEnvelope): ReminderKind | 'none' | 'other' {
  const id = resolvedSlotId(envelope, 'reminder');
  if (isReminderKind(id)) return id;
  return spokenSlotValue(envelope, 'reminder') === undefined ? 'none' : 'other';
}
