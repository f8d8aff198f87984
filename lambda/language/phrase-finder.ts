/**
 * Finds known phrases in spoken text, word by word on a normalized form (stems, unless told
 * otherwise), longest first and without overlap: "upper back" is found as one phrase, so its "back"
 * is not also the lower back.
 */
import { stem } from '../retrieval/stem';
import { wordsOf } from '../retrieval/words';

export interface Found<K> {
  key: K;
  /** Word positions [start, end) in the text. */
  start: number;
  end: number;
}

/** A text's words as stems: what phrases are matched on. */
export function stemsOf(text: string): string[] {
  return wordsOf(text).map(stem);
}

/**
 * A word as a noun's singular: only plurals meet ("knees", "knee"). Names of body parts need this,
 * not the stemmer, which makes "lately" the lat and "footy" the foot.
 */
export function nounForm(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export class PhraseFinder<K> {
  /** First word form → candidate phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, { key: K; stems: string[] }[]>();

  /** `form` must be what the words passed to `find` were normalized with. */
  constructor(entries: Iterable<readonly [K, readonly string[]]>, form: (word: string) => string = stem) {
    for (const [key, phrases] of entries) {
      for (const phrase of phrases) {
        const stems = wordsOf(phrase).map(form);
        const first = stems[0];
        if (first === undefined) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push({ key, stems });
        this.byFirst.set(first, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Every phrase found in `stems` (word forms), left to right; at each position the longest phrase wins. */
  find(stems: readonly string[]): Found<K>[] {
    const found: Found<K>[] = [];
    let at = 0;
    while (at < stems.length) {
      const candidates = this.byFirst.get(stems[at] ?? '') ?? [];
      const match = candidates.find(({ stems: phrase }) => phrase.every((word, i) => stems[at + i] === word));
      if (match) {
        found.push({ key: match.key, start: at, end: at + match.stems.length });
        at += match.stems.length;
      } else {
        at += 1;
      }
    }
    return found;
  }
}
