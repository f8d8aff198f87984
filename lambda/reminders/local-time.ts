/**
 * Wall-clock dates and times in the user's time zone. Reminders are sent as local times with the
 * time zone's id, as Amazon's samples do, so the only conversion needed is "what is the date and
 * time there now". Intl does that from the IANA database Node ships with; no library.
 */

/** "09:00": hours and minutes, 24-hour clock, as AMAZON.TIME gives them. */
export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** "2026-12-04": a real calendar date, as AMAZON.DATE gives a single day. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An IANA time zone id ("America/New_York") that Intl knows; anything else is no time zone. */
export function isTimeZoneId(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z][\w+-]*(\/[\w+-]+){0,2}$/.test(value) || value.length > 64)
    return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export interface LocalMoment {
  date: string;
  /** Hours and minutes: "09:00". */
  time: string;
  seconds: number;
}

/** The date and time on the user's wall clock right now. */
export function localNow(zone: string, now: Date = new Date()): LocalMoment {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    seconds: Number(part('second')),
  };
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The API's local date-time form: "2026-12-04T10:00:00.000", no offset (the time zone id says where). */
export function localDateTime(date: string, time: string, seconds = 0): string {
  return `${date}T${time}:${String(seconds).padStart(2, '0')}.000`;
}
