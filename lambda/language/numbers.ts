/**
 * Counts as people say them: "two", "twenty five", "a couple of", "a few", "10". Used by the skill to
 * read how long pain has lasted, and by the console's stand-in for Alexa's built-in number slots.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
/** How people say a count they don't know exactly. */
const VAGUE: Readonly<Record<string, number>> = { couple: 2, few: 3, several: 3, many: 7 };

/** "Several": what a plural with no count ("for days") is taken to mean. */
export const SEVERAL = 3;

/** The count said from `at` in `words` (lower-case words), and where it ends; null if none starts there. */
export function countAt(words: readonly string[], at: number): { value: number; next: number } | null {
  let i = at;
  if (words[i] === 'a' && Object.hasOwn(VAGUE, words[i + 1] ?? '')) i++;
  const word = words[i] ?? '';
  const vague = VAGUE[word];
  if (vague !== undefined) return { value: vague, next: words[i + 1] === 'of' ? i + 2 : i + 1 };
  if (/^\d+$/.test(word)) return { value: Number(word), next: i + 1 };
  const tens = TENS[word];
  if (tens !== undefined) {
    const unit = UNITS[words[i + 1] ?? ''];
    return unit !== undefined && unit > 0 && unit < 10
      ? { value: tens + unit, next: i + 2 }
      : { value: tens, next: i + 1 };
  }
  const unit = UNITS[word];
  return unit === undefined ? null : { value: unit, next: i + 1 };
}
