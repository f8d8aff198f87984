/**
 * Everything the skill says in one turn, built by the real conversation moves, with its length in
 * words: each topic's answer with the offer that follows it, every "why" and "tell me more" layer,
 * every verdict on ice or heat, and every fixed phrase. Shared by the quality test and the bench.
 */
import {
  PHRASES,
  REMINDER_PHRASES,
  SITUATION_IDS,
  TIMER_PHRASES,
  TOPIC_IDS,
  type TopicId,
  topic,
} from '../lambda/content';
import { lineText } from '../lambda/conversation/lines';
import { answerTopic, explainWhy, otherOption, tellMore } from '../lambda/conversation/moves';
import { type ConversationState, freshState } from '../lambda/conversation/state';
import type { Turn } from '../lambda/conversation/turn';
import { reminderSet, remindersListed } from '../lambda/reminders/turns';
import { median } from './stats';

/** About 35 seconds of speech: longer answers lose a listener who cannot scroll back. */
export const VOICE_BUDGET_WORDS = 90;

export interface SpokenAnswer {
  label: string;
  text: string;
  words: number;
}

/** Words as a listener hears them: anything with a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function spoken(label: string, turn: Turn): SpokenAnswer {
  const text = turn.say.map(lineText).join(' ');
  return { label, text, words: wordCount(text) };
}

function phraseLines(table: string, lines: Readonly<Record<string, string>>): SpokenAnswer[] {
  return Object.entries(lines).map(([key, text]) => ({
    label: `${table}.${key}`,
    text,
    words: wordCount(text),
  }));
}

/** "Why" after a topic, then each "tell me more" layer, then the turn that says there is no more. */
function followUps(answered: ConversationState, id: TopicId): SpokenAnswer[] {
  const layers = Array.from({ length: topic(id).more.length + 1 }, (_, depth) =>
    spoken(`${id} more ${depth + 1}`, tellMore({ ...answered, depth })),
  );
  return [spoken(`${id} why`, explainWhy(answered)), ...layers];
}

/** The longest reminder turns: a confirmation with the longest day and time, and a full list. */
function reminderTurns(): SpokenAnswer[] {
  const checkIn = { kind: 'check-in', date: '2026-09-30', time: '12:45' } as const;
  const listed = [
    { id: 'a', kind: 'supplement', time: '21:45' },
    { id: 'b', ...checkIn },
    { id: 'c', ...checkIn },
    { id: 'd', ...checkIn },
  ] as const;
  return [
    spoken('reminder set', reminderSet(freshState(), checkIn)),
    spoken('reminders listed', remindersListed(freshState(), listed)),
  ];
}

export function spokenAnswers(): SpokenAnswer[] {
  const topics = TOPIC_IDS.flatMap((id) => {
    const answer = answerTopic(freshState(), id);
    return [spoken(`${id} answer`, answer), ...followUps(answer.state, id)];
  });
  const verdicts = SITUATION_IDS.flatMap((id) =>
    (['ice', 'heat', undefined] as const).map((treatment) =>
      spoken(
        `${id} verdict on ${treatment ?? 'both'}`,
        otherOption({ ...freshState(), situation: id }, treatment),
      ),
    ),
  );
  return [
    ...topics,
    ...verdicts,
    ...phraseLines('PHRASES', PHRASES),
    ...phraseLines('TIMER_PHRASES', TIMER_PHRASES),
    ...phraseLines('REMINDER_PHRASES', REMINDER_PHRASES),
    ...reminderTurns(),
  ];
}

export interface VoiceBudget {
  answers: number;
  medianWords: number;
  longest: SpokenAnswer | undefined;
}

export function voiceBudget(answers: readonly SpokenAnswer[] = spokenAnswers()): VoiceBudget {
  const longest = [...answers].sort((a, b) => b.words - a.words)[0];
  return { answers: answers.length, medianWords: median(answers.map((answer) => answer.words)), longest };
}
