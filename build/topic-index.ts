/**
 * Compiles the question index from the content, at build time: for every term, the topics it occurs
 * in, its BM25 weight there, and whether a topic's title, teaser or keywords name it; plus the
 * synonym folding table and the subject's anchor terms. Weights follow MiniSearch's BM25+ (k 1.2,
 * b 0.7, d 0.5; field length = distinct words), which a test holds them to.
 *
 * Building it takes 15–30 ms in a cold process, far too long for a Lambda's first question, so the
 * bundler (build/bundle.ts) puts the compiled data in place of lambda/retrieval/compiled-index.ts.
 * Nothing is generated into the source tree: adding a fact is one edit in lambda/content/topics.ts.
 */
import { SITUATION_IDS, situation, TOPIC_IDS, type TopicId, topic } from '../lambda/content';
import type { CompiledIndex, Posting } from '../lambda/retrieval/index-data';
import { SYNONYMS } from '../lambda/retrieval/synonyms';
import { foldSynonyms, type TermOf, termFunction } from '../lambda/retrieval/terms';
import { wordsOf } from '../lambda/retrieval/words';

/** Written to name what a topic is about, as opposed to the prose of its answers. */
const FIELDS = ['title', 'teaser', 'keywords', 'speech', 'why', 'more'] as const;
type Field = (typeof FIELDS)[number];
const CURATED: ReadonlySet<Field> = new Set(['title', 'teaser', 'keywords']);

/** Keywords are chosen for lookup; the title and the teaser name what the topic answers. */
const FIELD_BOOSTS: Readonly<Record<Field, number>> = {
  title: 2,
  teaser: 2,
  keywords: 3,
  speech: 1,
  why: 1,
  more: 1,
};

/**
 * A tie-breaker, not a preference: when a question matches an explanation and the advice for a
 * situation about equally ("a spasm from stress"), the advice is what the user came for. Five
 * per cent settles near-ties only; ten already lets "heat" drift to the red-and-hot advice.
 */
const ADVICE_PRIOR = 1.05;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

function fieldText(id: TopicId, field: Field): string {
  const about = topic(id);
  if (field === 'keywords') return about.keywords.join(' ');
  if (field === 'more') return about.more.join(' ');
  return about[field];
}

interface FieldStats {
  /** Per topic: distinct words in the field, and each term's count. */
  lengths: number[];
  counts: Map<string, number>[];
  average: number;
}

function fieldStats(field: Field, termOf: TermOf): FieldStats {
  const lengths: number[] = [];
  const counts = TOPIC_IDS.map((id) => {
    const words = wordsOf(fieldText(id, field));
    lengths.push(new Set(words).size);
    const terms = new Map<string, number>();
    for (const word of words) {
      const term = termOf(word);
      if (term !== null) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    return terms;
  });
  return { lengths, counts, average: lengths.reduce((sum, n) => sum + n, 0) / lengths.length };
}

function bm25(termFreq: number, matching: number, length: number, average: number): number {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (TOPIC_IDS.length - matching + 0.5) / (matching + 0.5));
  return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * length) / average)));
}

function buildPostings(termOf: TermOf): Record<string, Posting[]> {
  const advice: ReadonlySet<TopicId> = new Set(SITUATION_IDS.map((id) => situation(id).advice));
  const weights = new Map<string, Map<number, { weight: number; curated: 0 | 1 }>>();
  for (const field of FIELDS) {
    const stats = fieldStats(field, termOf);
    const matching = new Map<string, number>();
    for (const terms of stats.counts)
      for (const term of terms.keys()) matching.set(term, (matching.get(term) ?? 0) + 1);
    stats.counts.forEach((terms, position) => {
      const id = TOPIC_IDS[position];
      if (id === undefined) return;
      const boost = FIELD_BOOSTS[field] * (advice.has(id) ? ADVICE_PRIOR : 1);
      for (const [term, count] of terms) {
        const score =
          boost * bm25(count, matching.get(term) ?? 1, stats.lengths[position] ?? 0, stats.average);
        const byTopic = weights.get(term) ?? new Map();
        weights.set(term, byTopic);
        const entry = byTopic.get(position) ?? { weight: 0, curated: 0 };
        byTopic.set(position, {
          weight: entry.weight + score,
          curated: entry.curated || (CURATED.has(field) ? 1 : 0),
        });
      }
    });
  }
  return Object.fromEntries(
    [...weights].map(([term, byTopic]) => [
      term,
      [...byTopic].map(([position, { weight, curated }]): Posting => [position, weight, curated]),
    ]),
  );
}

function anchorTerms(termOf: TermOf): string[] {
  const texts = [
    ...TOPIC_IDS.flatMap((id) => [topic(id).title, ...topic(id).keywords]),
    ...Object.keys(SYNONYMS),
  ];
  return [...new Set(texts.flatMap(wordsOf).flatMap((word) => termOf(word) ?? []))].sort();
}

export function compileTopicIndex(): CompiledIndex {
  const folded = foldSynonyms();
  const termOf = termFunction(folded);
  return { folded, postings: buildPostings(termOf), anchors: anchorTerms(termOf) };
}

/** The module bundles get in place of lambda/retrieval/compiled-index.ts. */
export const COMPILED_INDEX_MODULE = /lambda[\\/]retrieval[\\/]compiled-index\.ts$/;

/** A JSON string, parsed on the first question: a string costs a cold start almost nothing to load. */
export function compiledIndexSource(): string {
  const json = JSON.stringify(JSON.stringify(compileTopicIndex()));
  return `let compiled;\nexport function compiledIndex() { return (compiled ??= JSON.parse(${json})); }\n`;
}
