/** Lookups over the content. Handlers ask here; they never hold answer text themselves. */
import { PHRASES, type PhraseId, TIMER_PHRASES, type TimerPhraseId } from './phrases';
import { REMINDER_KINDS, REMINDER_PHRASES, type ReminderKind, type ReminderPhraseId } from './reminders';
import { SITUATION_IDS, SITUATIONS, type Situation, type SituationId } from './situations';
import { TOPIC_IDS, TOPICS, type Topic, type TopicId } from './topics';

const topicIds: ReadonlySet<string> = new Set(TOPIC_IDS);
const situationIds: ReadonlySet<string> = new Set(SITUATION_IDS);

/** Ids arrive from slots and session attributes: anything at all. */
export function isTopicId(id: unknown): id is TopicId {
  return typeof id === 'string' && topicIds.has(id);
}

export function isSituationId(id: unknown): id is SituationId {
  return typeof id === 'string' && situationIds.has(id);
}

export function isPhraseId(id: unknown): id is PhraseId {
  return typeof id === 'string' && Object.hasOwn(PHRASES, id);
}

export function isTimerPhraseId(id: unknown): id is TimerPhraseId {
  return typeof id === 'string' && Object.hasOwn(TIMER_PHRASES, id);
}

export function isReminderPhraseId(id: unknown): id is ReminderPhraseId {
  return typeof id === 'string' && Object.hasOwn(REMINDER_PHRASES, id);
}

export function isReminderKind(id: unknown): id is ReminderKind {
  return typeof id === 'string' && (REMINDER_KINDS as readonly string[]).includes(id);
}

export function topic(id: TopicId): Topic {
  return TOPICS[id];
}

export function situation(id: SituationId): Situation {
  return SITUATIONS[id];
}

/** The situation whose advice topic `id` is, if it is one ("sudden" for the sudden-start advice). */
export function situationAdvisedBy(id: TopicId): SituationId | undefined {
  return SITUATION_IDS.find((candidate) => SITUATIONS[candidate].advice === id);
}

export {
  DISCLAIMER,
  PHRASES,
  type PhraseId,
  TIMER_PHRASES,
  TIMER_TEXTS,
  type TimerPhraseId,
} from './phrases';
export {
  CHECK_IN_DEFAULT,
  CHECK_IN_MAX_DAYS,
  PART_OF_DAY_TIMES,
  REMINDER_KINDS,
  REMINDER_PHRASES,
  REMINDER_SAYINGS,
  REMINDER_TEXTS,
  type ReminderKind,
  type ReminderPhraseId,
  reminderCard,
  spokenDay,
  spokenTime,
} from './reminders';
export { SITUATION_IDS, SITUATIONS, type Situation, type SituationId } from './situations';
export { TOPIC_IDS, TOPICS, type Topic, type TopicId } from './topics';
export type { Treatment } from './types';
