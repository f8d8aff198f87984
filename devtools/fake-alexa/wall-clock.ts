/**
 * When a local date-time in an IANA time zone happens, for the fake to fire reminders at the right
 * moment. Written apart from the skill's own local-time code on purpose: the fake checks the skill.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** A local date-time as the Reminders API takes it: no "Z", no offset. */
export function isWallClock(value: unknown): value is string {
  return typeof value === 'string' && LOCAL.test(value);
}

export function isZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** How far ahead of UTC the zone's clocks are at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms since the epoch) at which the clocks in `zone` show `local`. */
export function instantOf(local: string, zone: string): number {
  const [, year, month, day, hour, minute, second] = (LOCAL.exec(local) ?? []).map(Number);
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second || 0);
  const guess = asUtc - offsetAt(asUtc, zone);
  // Across a daylight-saving change the offset at the guess can differ: one more step settles it.
  return asUtc - offsetAt(guess, zone);
}

/** The same wall-clock time `days` later ("2026-12-04T10:00:00.000" + 1 → "2026-12-05T10:00:00.000"). */
export function addLocalDays(local: string, days: number): string {
  const date = new Date(`${local.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.toISOString().slice(0, 10)}${local.slice(10)}`;
}
