/**
 * What the skill says, by reference: a line names where its words live in the content (a phrase, a
 * part of a topic, a verdict) instead of holding them. Turns are made of lines; the session keeps the
 * last turn's lines so "repeat" renders them again from the content, never from stored text.
 */
import {
  isPhraseId,
  isSituationId,
  isTimerPhraseId,
  isTopicId,
  PHRASES,
  type PhraseId,
  type ReminderPhraseId,
  type SituationId,
  situation,
  TIMER_PHRASES,
  type TimerPhraseId,
  type TopicId,
  type Treatment,
  topic,
} from '../content';
import { isRecord } from '../records';
import { type ReminderLine, readReminderLine, reminderLineText } from './reminder-lines';

/** The parts of a topic that are spoken on their own. */
type TopicPart = 'speech' | 'why' | 'teaser';

export type Line =
  | { phrase: PhraseId }
  | { timer: TimerPhraseId }
  | ReminderLine
  | { topic: TopicId; part: TopicPart }
  | { topic: TopicId; more: number }
  | { situation: SituationId; verdict: Treatment };

export function lineText(line: Line): string {
  if ('phrase' in line) return PHRASES[line.phrase];
  if ('timer' in line) return TIMER_PHRASES[line.timer];
  if ('reminder' in line) return reminderLineText(line);
  if ('situation' in line) return situation(line.situation).verdict[line.verdict];
  const about = topic(line.topic);
  return 'more' in line ? (about.more[line.more] ?? '') : about[line.part];
}

export const phrase = (id: PhraseId): Line => ({ phrase: id });
export const timerLine = (id: TimerPhraseId): Line => ({ timer: id });
export const reminderLine = (id: ReminderPhraseId): Line => ({ reminder: id });

function isTopicPart(value: unknown): value is TopicPart {
  return value === 'speech' || value === 'why' || value === 'teaser';
}

/** A line from untrusted session attributes, if it names content that exists. */
export function readLine(value: unknown): Line | undefined {
  if (!isRecord(value)) return undefined;
  const { phrase: p, timer, topic: t, part, more, situation: s, verdict } = value;
  if (isPhraseId(p)) return { phrase: p };
  if (isTimerPhraseId(timer)) return { timer };
  if ('reminder' in value) return readReminderLine(value);
  if (isSituationId(s) && (verdict === 'ice' || verdict === 'heat')) return { situation: s, verdict };
  if (!isTopicId(t)) return undefined;
  if (isTopicPart(part)) return { topic: t, part };
  if (typeof more === 'number' && Number.isInteger(more) && more >= 0 && more < topic(t).more.length)
    return { topic: t, more };
  return undefined;
}
