/** When two word stems count as the same word, and for how much. */
import { TUNING } from './tuning';

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/**
 * 1 for the same stem, partial credit for a near miss between longer stems, else 0. A near miss
 * keeps its first sound: "tight" is not a slip for "right", as speech recognition writes real words.
 */
export function stemSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 5 || b.length < 5) return 0;
  return a.startsWith(b.slice(0, 5)) || (a[0] === b[0] && withinOneEdit(a, b)) ? TUNING.fuzzyCredit : 0;
}
