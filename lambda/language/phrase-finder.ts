/**
 * Finds known phrases in spoken text, word by word on stems, longest first and without overlap:
 * "upper back" is found as one phrase, so its "back" is not also the lower back.
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

export class PhraseFinder<K> {
  /** First stem → candidate phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, { key: K; stems: string[] }[]>();

  constructor(entries: Iterable<readonly [K, readonly string[]]>) {
    for (const [key, phrases] of entries) {
      for (const phrase of phrases) {
        const stems = stemsOf(phrase);
        const first = stems[0];
        if (first === undefined) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push({ key, stems });
        this.byFirst.set(first, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Every phrase found in `stems`, left to right; at each position the longest phrase wins. */
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
