/**
 * What the user asked to be reminded of, in the skill's terms, before any time zone or service is
 * involved: the daily supplement at a time, or a check-in some days ahead (or on a day) at a time.
 * It travels through Alexa's consent dialog in the AskFor token, so it has a compact written form.
 */
import { CHECK_IN_DEFAULT, CHECK_IN_MAX_DAYS } from '../content';
import { isLocalDate, isLocalTime } from './local-time';

export type Wanted =
  | { kind: 'supplement'; time: string }
  | { kind: 'check-in'; time: string; inDays: number }
  | { kind: 'check-in'; time: string; on: string };

/** "Yes" to the check-in offer, or a check-in asked for without a day: in a few days, mid-morning. */
export const DEFAULT_CHECK_IN: Wanted = {
  kind: 'check-in',
  time: CHECK_IN_DEFAULT.time,
  inDays: CHECK_IN_DEFAULT.days,
};

/** Whether a check-in this many days ahead can be set (a date is checked once "today" is known). */
export function isCheckInDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= CHECK_IN_MAX_DAYS;
}

/** The fields of the written form; the time without its colon, which separates the token's fields. */
export function writeWanted(wanted: Wanted): string[] {
  const time = wanted.time.replace(':', '');
  if (wanted.kind === 'supplement') return [wanted.kind, time];
  return [wanted.kind, time, 'on' in wanted ? wanted.on : `+${wanted.inDays}`];
}

/** The request back from its written fields, if they are one the skill could have written. */
export function readWanted(fields: readonly string[]): Wanted | undefined {
  const [kind, hhmm = '', when = ''] = fields;
  const time = `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`;
  if (hhmm.length !== 4 || !isLocalTime(time)) return undefined;
  if (kind === 'supplement') return { kind, time };
  if (kind !== 'check-in') return undefined;
  if (/^\+\d{1,2}$/.test(when)) {
    const days = Number(when.slice(1));
    return isCheckInDays(days) ? { kind, time, inDays: days } : undefined;
  }
  return isLocalDate(when) ? { kind, time, on: when } : undefined;
}
