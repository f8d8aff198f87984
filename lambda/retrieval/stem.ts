/**
 * A deliberately small suffix stripper, applied alike to the content and to questions, so that
 * "stretches", "stretching" and "stretch" meet. It only has to agree with itself, not be English.
 */

/** Suffixes tried longest first; the first that leaves a stem of three letters or more wins. */
const SUFFIXES: readonly [suffix: string, replacement: string][] = [
  ['ness', ''],
  ['ies', 'y'],
  ['ing', ''],
  ['es', ''],
  ['ed', ''],
  ['ly', ''],
  ['s', ''],
];

/** "rubbing" → "rubb" → "rub"; l, s and z stay doubled ("pulled" → "pull", "stressed" → "stress"). */
const DOUBLED = /([^aeiouylsz])\1$/;

function stemOnce(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stemmed = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix) || (suffix === 's' && word.endsWith('ss'))) continue;
    const candidate = word.slice(0, -suffix.length) + replacement;
    if (candidate.length >= 3) {
      stemmed = candidate.replace(DOUBLED, '$1');
      break;
    }
  }
  // A final e or y is dropped so "cause", "causes", "caused" (and "injury", "injured") share a stem.
  return stemmed.length > 3 ? stemmed.replace(/[ey]$/, '') : stemmed;
}

/** Stems already worked out: people use the same few hundred words, and a lookup then allocates nothing. */
const known = new Map<string, string>();
const MAX_KNOWN = 5_000;

export function stem(word: string): string {
  let stemmed = known.get(word);
  if (stemmed === undefined) {
    stemmed = stemOnce(word);
    // Bounded, so a stream of made-up words cannot grow it without end.
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(word, stemmed);
  }
  return stemmed;
}
