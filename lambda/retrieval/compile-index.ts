/**
 * Compiles everything retrieval needs into plain data, at build time, so a cold Lambda only
 * loads it. BM25 scores add up term by term, and a term's score for a topic does not depend on
 * the rest of the question, so the index reduces to one row per term: the topics it occurs in,
 * its boosted BM25 weight there (MiniSearch's own score for that one term), and whether it
 * occurs in a curated field. Ranking a question is then a handful of additions.
 */
import type MiniSearch from 'minisearch';
import { isTopicId, TOPICS, type TopicId } from '../content';
import { buildIndex, buildTermOf, CURATED_FIELDS, type TopicDocument } from './build-index';
import { SYNONYMS } from './synonyms';
import { foldSynonyms } from './terms';
import { wordsOf } from './words';

/** [topic's position in TOPICS, weight, 1 if the term is in the topic's title, teaser or keywords]. */
export type Posting = readonly [topic: number, weight: number, curated: 0 | 1];

export interface CompiledIndex {
  /** Each term's postings. */
  weights: Readonly<Record<string, readonly Posting[]>>;
  /** Synonyms and their stems, each mapped to its canonical term. */
  folded: Readonly<Record<string, string>>;
  /** The terms that tie a question to the subject: titles, keywords, canonical synonyms. */
  anchors: readonly string[];
}

const curated: ReadonlySet<string> = new Set(CURATED_FIELDS);
const topicOrder: readonly TopicId[] = TOPICS.map((topic) => topic.id);

/** Weights are kept to six significant digits: far finer than any gap between two topics. */
function rounded(weight: number): number {
  return Number(weight.toPrecision(6));
}

function termWeights(index: MiniSearch<TopicDocument>): CompiledIndex['weights'] {
  const weights: Record<string, Posting[]> = {};
  // Terms are already processed: search for each one exactly as stored.
  const exact = { tokenize: (term: string) => [term], processTerm: (term: string) => term };
  for (const [term] of index.toJSON().index) {
    weights[term] = index.search(term, exact).flatMap((result): Posting[] => {
      if (!isTopicId(result.id)) return [];
      const fields = result.match[term] ?? [];
      return [
        [topicOrder.indexOf(result.id), rounded(result.score), fields.some((f) => curated.has(f)) ? 1 : 0],
      ];
    });
  }
  return weights;
}

function anchorTerms(): string[] {
  const texts = [...TOPICS.flatMap((topic) => [topic.title, ...topic.keywords]), ...Object.keys(SYNONYMS)];
  const terms = texts.flatMap(wordsOf).flatMap((word) => buildTermOf(word) ?? []);
  return [...new Set(terms)].sort();
}

export function compileIndex(): CompiledIndex {
  return { weights: termWeights(buildIndex()), folded: foldSynonyms(), anchors: anchorTerms() };
}
