/** The compiled vocabulary at run time: a word's term, and whether a question is about the subject. */
import { COMPILED_INDEX } from './compiled-index.generated';
import { termFunction } from './terms';

export const termOf = termFunction(COMPILED_INDEX.folded);

/** "Back" is too common to rank on (it is a stop word), but it still marks the subject. */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['back', 'backs']);
const anchors: ReadonlySet<string> = new Set(COMPILED_INDEX.anchors);

/**
 * A question with no word from a title, a keyword or the synonym map is about something else,
 * however well a stray word of it matches an answer's wording.
 */
export function mentionsTheSubject(words: readonly string[]): boolean {
  return words.some((word) => {
    if (SUBJECT_WORDS.has(word)) return true;
    const term = termOf(word);
    return term !== null && anchors.has(term);
  });
}
