/**
 * Alexa's built-in slot types that the skill's model uses, resolved as Alexa resolves them: the
 * words become a value in the type's own format (AMAZON.DURATION "P2W", AMAZON.TIME "21:00",
 * AMAZON.DATE "2026-12-04", AMAZON.NUMBER "3"). A span that is not such a value does not fill the slot.
 */

import { countAt, SEVERAL } from '../../lambda/language/numbers';

/** Normalized tokens of a span (numbers already spelled out, "o'clock" as "o clock"). */
type Parser = (words: readonly string[], today: Date) => string | null;

const NUMBER: Parser = (words) => {
  const count = countAt(words, 0);
  return count && count.next === words.length && !['a', 'an'].includes(words[0] ?? '')
    ? String(count.value)
    : null;
};

/** ISO 8601 designators (T… for time, F for a fortnight: two weeks). */
const DURATION_UNITS: Readonly<Record<string, string>> = {
  minute: 'TM',
  minutes: 'TM',
  hour: 'TH',
  hours: 'TH',
  day: 'D',
  days: 'D',
  week: 'W',
  weeks: 'W',
  month: 'M',
  months: 'M',
  year: 'Y',
  years: 'Y',
  fortnight: 'F',
  fortnights: 'F',
};
/** Hedges around a duration that do not change it: "about a week", "over two weeks". */
const HEDGES = new Set([
  'since',
  'about',
  'around',
  'almost',
  'nearly',
  'over',
  'more',
  'than',
  'at',
  'least',
  'for',
  'the',
  'past',
  'last',
]);

const DURATION: Parser = (words) => {
  let i = 0;
  while (HEDGES.has(words[i] ?? '')) i++;
  const count = countAt(words, i);
  const unitWord = count ? words[count.next] : words[i];
  const unit = DURATION_UNITS[unitWord ?? ''];
  const end = (count ? count.next : i) + 1;
  if (!unit || end !== words.length) return null;
  // "for days" is more than one, and more than a couple: several. A bare "week" is no duration.
  if (!count && !unitWord?.endsWith('s')) return null;
  const value = count?.value ?? SEVERAL;
  if (unit === 'F') return `P${value * 2}W`;
  return unit.startsWith('T') ? `PT${value}${unit.slice(1)}` : `P${value}${unit}`;
};

const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

const TIME: Parser = (words) => {
  const said = words.filter((word) => word !== 'at' && word !== 'o' && word !== 'clock');
  if (said.length === 1 && (said[0] === 'noon' || said[0] === 'midday')) return '12:00';
  if (said.length === 1 && said[0] === 'midnight') return '00:00';
  const onlyPart = PARTS_OF_DAY[said.join(' ').replace(/^(the|in the|this) /, '')];
  if (onlyPart) return onlyPart;
  let i = 0;
  let minute = 0;
  let hourOffset = 0;
  if (said[0] === 'half' && said[1] === 'past') {
    minute = 30;
    i = 2;
  } else if (said[0] === 'quarter' && (said[1] === 'past' || said[1] === 'to')) {
    minute = said[1] === 'past' ? 15 : 45;
    hourOffset = said[1] === 'to' ? -1 : 0;
    i = 2;
  }
  const hour = countAt(said, i);
  if (!hour || hour.value < 1 || hour.value > 12 || ['a', 'an'].includes(said[i] ?? '')) return null;
  i = hour.next;
  if (minute === 0 && i < said.length) {
    const minutes = countAt(said, i);
    if (minutes && minutes.value < 60 && !['a', 'an'].includes(said[i] ?? '')) {
      minute = minutes.value;
      i = minutes.next;
    }
  }
  let h = (hour.value + hourOffset + 12) % 12;
  const rest = said.slice(i).join(' ');
  if (['pm', 'p m', 'in the evening', 'in the afternoon', 'at night', 'tonight'].includes(rest)) h += 12;
  else if (!['', 'am', 'a m', 'in the morning'].includes(rest)) return null;
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DATE: Parser = (words, today) => {
  const said = words.filter((word) => !['on', 'this', 'next', 'coming', 'the'].includes(word)).join(' ');
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (said === 'today') return isoDate(day);
  if (said === 'tomorrow') return isoDate(new Date(day.getTime() + 86_400_000));
  const weekday = WEEKDAYS.indexOf(said);
  if (weekday < 0) return null;
  // Alexa resolves a weekday to the next one to come.
  const ahead = (weekday - day.getUTCDay() + 7) % 7 || 7;
  return isoDate(new Date(day.getTime() + ahead * 86_400_000));
};

const PARSERS: Readonly<Record<string, Parser>> = {
  'AMAZON.NUMBER': NUMBER,
  'AMAZON.DURATION': DURATION,
  'AMAZON.TIME': TIME,
  'AMAZON.DATE': DATE,
};

export function isBuiltInSlotType(type: string): boolean {
  return Object.hasOwn(PARSERS, type);
}

/** The value Alexa would send for these words in a slot of `type`, or null if they are not one. */
export function builtInValue(type: string, words: readonly string[], today = new Date()): string | null {
  const parser = PARSERS[type];
  return parser && words.length > 0 ? parser(words, today) : null;
}
