/**
 * Everything the skill says in one turn, built by the real conversation moves, with its length in
 * words: each topic's answer with the offer that follows it, every "why" and "tell me more" layer,
 * every verdict on ice or heat, and every fixed phrase. Shared by the quality test and the bench.
 */

import { median } from '../../bench/stats';
import { SITUATIONS, TOPICS, type TopicId, topic } from '../../lambda/content';
import * as phrases from '../../lambda/content/phrases';
import { answerTopic, explainWhy, otherOption, tellMore } from '../../lambda/conversation/answers';
import { type ConversationState, freshState } from '../../lambda/conversation/state';
import type { Turn } from '../../lambda/reply';

/** About 35 seconds of speech: longer answers lose a listener who cannot scroll back. */
export const VOICE_BUDGET_WORDS = 90;

export interface SpokenAnswer {
  label: string;
  text: string;
  words: number;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function spoken(label: string, turn: Turn): SpokenAnswer {
  const text = turn.reply.parts.join(' ');
  return { label, text, words: wordCount(text) };
}

/** Every string in a phrase table, however deeply nested (per-locale lines, for example). */
function phraseLines(prefix: string, value: unknown): SpokenAnswer[] {
  if (typeof value === 'string') return [{ label: prefix, text: value, words: wordCount(value) }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => phraseLines(`${prefix}.${key}`, inner));
}

/** "Why" after a topic, then each "tell me more" layer, then the turn that says there is no more. */
function followUps(answered: ConversationState, id: TopicId): SpokenAnswer[] {
  const layers = Array.from({ length: topic(id).more.length + 1 }, (_, depth) =>
    spoken(`${id} more ${depth + 1}`, tellMore({ ...answered, depth })),
  );
  return [spoken(`${id} why`, explainWhy(answered)), ...layers];
}

export function spokenAnswers(): SpokenAnswer[] {
  const topics = TOPICS.flatMap((topic) => {
    const answer = answerTopic(freshState(), topic.id);
    return answer.end ? [] : [spoken(`${topic.id} answer`, answer), ...followUps(answer.state, topic.id)];
  });
  const verdicts = SITUATIONS.flatMap((situation) =>
    (['ice', 'heat', undefined] as const).map((treatment) =>
      spoken(
        `${situation.id} verdict on ${treatment ?? 'both'}`,
        otherOption({ ...freshState(), situation: situation.id }, treatment),
      ),
    ),
  );
  return [...topics, ...verdicts, ...phraseLines('phrases', phrases)];
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
