/**
 * Finds the answer to a question in the user's own words: safety first, then the skill's domain,
 * then the best-ranked topic, or an honest "not sure".
 */
import type { TopicId } from '../content';
import { outsideDomain } from './domain';
import { bestTopic, mentionsTheSubject } from './rank';
import { safetyAnswer } from './safety';
import { wordsOf } from './words';

export type Finding =
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'noDose' }
  | { kind: 'otherBodyPart' }
  | { kind: 'outOfDomain' }
  | { kind: 'notSure' };

export function lookup(question: string): Finding {
  const words = wordsOf(question);
  if (words.length === 0) return { kind: 'notSure' };
  const said = words.join(' ');
  const safe = safetyAnswer(said);
  if (safe) return safe;
  const outside = outsideDomain(said);
  if (outside) return { kind: outside };
  const topic = bestTopic(words);
  if (topic) return { kind: 'topic', topic };
  return mentionsTheSubject(words) ? { kind: 'notSure' } : { kind: 'outOfDomain' };
}
