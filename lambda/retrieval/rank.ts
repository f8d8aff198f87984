/**
 * Ranks the topics for a question with the BM25 weights of the topic index, scoring exactly as
 * MiniSearch does (the sum of each term's weight, times the number of distinct terms that matched),
 * and keeps the best topic only if it is clearly a match.
 */
import { TOPIC_IDS, type TopicId } from '../content';
import { topicIndex } from './topic-index';

/** The lowest score taken as an answer: one rare keyword and nothing else scores about 12. */
export const MIN_SCORE = 10;

// Scratch space reused by every call: a lookup allocates almost nothing.
const sums = new Float64Array(TOPIC_IDS.length);
const matched = new Uint8Array(TOPIC_IDS.length);
const named = new Uint8Array(TOPIC_IDS.length);

export interface Ranked {
  topic: TopicId;
  score: number;
  /** The question used a word from the topic's title, teaser or keywords. */
  named: boolean;
}

export function rankTopics(words: readonly string[]): Ranked | undefined {
  const { termOf, postings } = topicIndex();
  sums.fill(0);
  matched.fill(0);
  named.fill(0);
  const seen = new Set<string>();
  for (const word of words) {
    const term = termOf(word);
    const rows = term === null ? undefined : postings.get(term);
    if (term === null || rows === undefined) continue;
    const first = !seen.has(term);
    seen.add(term);
    for (const [topic, weight, curated] of rows) {
      sums[topic] = (sums[topic] ?? 0) + weight;
      if (first) matched[topic] = (matched[topic] ?? 0) + 1;
      if (curated) named[topic] = 1;
    }
  }
  let best: Ranked | undefined;
  for (const [i, topic] of TOPIC_IDS.entries()) {
    const score = (sums[i] ?? 0) * (matched[i] ?? 0);
    if (score > 0 && (!best || score > best.score)) best = { topic, score, named: named[i] === 1 };
  }
  return best;
}

/**
 * The best topic, if the question names something it is about and scores well enough. Words
 * shared only with an answer's prose ("see", "day") are too weak to answer on: "I'm not sure" is
 * more honest than a guess.
 */
export function bestTopic(words: readonly string[]): TopicId | undefined {
  const best = rankTopics(words);
  return best?.named && best.score >= MIN_SCORE ? best.topic : undefined;
}

/** "Back" is too common to rank on (it is a stop word), but it still marks the subject. */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['back', 'backs']);

/**
 * A question with no word from a title, a keyword or the synonym map is about something else,
 * however well a stray word of it matches an answer's wording.
 */
export function mentionsTheSubject(words: readonly string[]): boolean {
  const { termOf, anchors } = topicIndex();
  return words.some((word) => {
    if (SUBJECT_WORDS.has(word)) return true;
    const term = termOf(word);
    return term !== null && anchors.has(term);
  });
}
