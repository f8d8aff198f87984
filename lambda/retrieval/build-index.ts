/**
 * Builds the BM25 index over the topics (at build time only): every field a user's words might
 * match, weighted by how much a match there says about the topic.
 */
import MiniSearch, { type Options } from 'minisearch';
import { SITUATIONS, TOPICS } from '../content';
import { foldSynonyms, termFunction } from './terms';
import { wordsOf } from './words';

/** Written to name what a topic is about, as opposed to the prose of its answers. */
export const CURATED_FIELDS = ['title', 'teaser', 'keywords'] as const;
const FIELDS = [...CURATED_FIELDS, 'speech', 'why', 'more'] as const;

export type TopicDocument = { id: string } & Record<(typeof FIELDS)[number], string>;

/** Keywords are chosen for lookup; the title and the teaser name what the topic answers. */
const FIELD_BOOSTS: Readonly<Record<(typeof FIELDS)[number], number>> = {
  keywords: 3,
  title: 2,
  teaser: 2,
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
const adviceTopics: ReadonlySet<string> = new Set(SITUATIONS.map((known) => known.advice));

/** The term function the index is built with, folding synonyms computed from synonyms.ts. */
export const buildTermOf = termFunction(foldSynonyms());

const INDEX_OPTIONS: Options<TopicDocument> = {
  fields: [...FIELDS],
  tokenize: wordsOf,
  processTerm: buildTermOf,
  searchOptions: {
    boost: FIELD_BOOSTS,
    boostDocument: (id: string) => (adviceTopics.has(id) ? ADVICE_PRIOR : 1),
  },
};

function topicDocuments(): TopicDocument[] {
  return TOPICS.map((topic) => ({
    id: topic.id,
    title: topic.title,
    teaser: topic.teaser,
    keywords: topic.keywords.join(' '),
    speech: topic.speech,
    why: topic.why,
    more: topic.more.join(' '),
  }));
}

export function buildIndex(): MiniSearch<TopicDocument> {
  const index = new MiniSearch<TopicDocument>(INDEX_OPTIONS);
  index.addAll(topicDocuments());
  return index;
}
