/** Splits spoken text into lower-case words. Apostrophes vanish so "parkinson's" and "parkinsons" agree. */

const APOSTROPHES = /['’]/g;
const SEPARATORS = /[^a-z0-9]+/;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(APOSTROPHES, '').split(SEPARATORS).filter(Boolean);
}
