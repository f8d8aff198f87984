/**
 * Turns a word into the term the index stores: stop words dropped, synonyms folded, suffixes
 * stripped. The same rules process the content and the questions, so they always agree.
 */
import { stem } from './stem';
import { SYNONYMS } from './synonyms';

/** Words that carry no meaning for choosing a topic (question words, pronouns, fillers). */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from'],
  ...['by', 'about', 'into', 'as', 'than', 'then', 'so', 'too', 'very', 'really', 'just', 'also'],
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'doing', 'done'],
  ...['have', 'has', 'had', 'having', 'i', 'me', 'my', 'mine', 'myself', 'you', 'your', 'we', 'our'],
  ...['it', 'its', 'itself', 'this', 'that', 'these', 'those', 'there', 'here', 'they', 'them', 'their'],
  ...['what', 'which', 'who', 'whom', 'when', 'where', 'why', 'how', 'whats', 'thats', 'im', 'ive'],
  ...['can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'dont', 'doesnt'],
  ...['some', 'any', 'much', 'many', 'each', 'all', 'every', 'get', 'gets', 'got', 'go', 'goes', 'going'],
  ...['thing', 'things', 'something', 'anything', 'please', 'tell', 'know', 'want', 'okay', 'ok', 'help'],
  ...['actually', 'exactly', 'up', 'out', 'use', 'using', 'used', 'one', 's', 't', 'back'],
  ...['good', 'right', 'best'],
]);

/** Every synonym (and its stem) mapped to its canonical word's stem. */
export function foldSynonyms(): Record<string, string> {
  const folded: Record<string, string> = {};
  for (const [canonical, variants] of Object.entries(SYNONYMS)) {
    for (const variant of variants) {
      folded[variant] = stem(canonical);
      folded[stem(variant)] = stem(canonical);
    }
  }
  return folded;
}

export type TermOf = (word: string) => string | null;

/** The term for one word, or null for a stop word, with the given folding table. */
export function termFunction(folded: Readonly<Record<string, string>>): TermOf {
  const table: ReadonlyMap<string, string> = new Map(Object.entries(folded));
  return (word) => {
    if (STOP_WORDS.has(word)) return null;
    const stemmed = stem(word);
    return table.get(word) ?? table.get(stemmed) ?? stemmed;
  };
}
