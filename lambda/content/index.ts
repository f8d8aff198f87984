/** Lookups over the content. Handlers ask here; they never hold answer text themselves. */
import { SITUATIONS, type SituationId } from './situations';
import { TOPICS, type TopicId } from './topics';
import type { Situation, Topic } from './types';

const topicsById: ReadonlyMap<string, Topic> = new Map(TOPICS.map((topic) => [topic.id, topic]));
const situationsById: ReadonlyMap<string, Situation> = new Map(
  SITUATIONS.map((situation) => [situation.id, situation]),
);

export function isTopicId(id: unknown): id is TopicId {
  return typeof id === 'string' && topicsById.has(id);
}

export function isSituationId(id: unknown): id is SituationId {
  return typeof id === 'string' && situationsById.has(id);
}

export function topic(id: TopicId): Topic {
  const found = topicsById.get(id);
  if (!found) throw new Error(`unknown topic ${id}`);
  return found;
}

export function situation(id: SituationId): Situation {
  const found = situationsById.get(id);
  if (!found) throw new Error(`unknown situation ${id}`);
  return found;
}

export { DISCLAIMER, PHRASES } from './phrases';
export { SITUATIONS, type SituationId } from './situations';
export { TOPICS, type TopicId } from './topics';
export type { Situation, Topic, Treatment } from './types';
