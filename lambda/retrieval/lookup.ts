/**
 * Finds the answer to a question in the user's own words: what must come first (safety, the
 * domain), then the best-ranked topic, or an honest "not sure". A question that points back ("how
 * often should I take them?") is read with the topic it points to.
 */
import { type TopicId, topic } from '../content';
import { type Cues, hear } from '../language/cues';
import { type Finding, firstAnswer } from '../language/first-answer';
import { bestTopic, mentionsTheSubject } from './rank';
import { wordsOf } from './words';

/** Words that point back to what was just said. */
const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'them', 'they', 'those', 'that', 'this', 'these']);

/** A supplement by a name the content doesn't use ("vitamins", "potassium"): searched as "supplement". */
function otherSupplementName(words: readonly string[], cues: Cues): boolean {
  const named = topic('supplements').keywords;
  return cues.concerns.has('supplement') && !words.some((word) => named.includes(word));
}

export function lookup(question: string, context?: TopicId): Finding {
  const words = wordsOf(question);
  if (words.length === 0) return { kind: 'notSure' };
  const cues = hear(words);
  const first = firstAnswer(cues);
  if (first) return first;
  const found = bestTopic(otherSupplementName(words, cues) ? [...words, 'supplement'] : words);
  if (found) return { kind: 'topic', topic: found };
  if (context && words.some((word) => POINTING_BACK.has(word))) {
    const resolved = bestTopic([...words, ...wordsOf(topic(context).title)]);
    if (resolved) return { kind: 'topic', topic: resolved };
  }
  return mentionsTheSubject(words) ? { kind: 'notSure' } : { kind: 'outOfDomain' };
}
