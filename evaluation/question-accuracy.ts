/**
 * Scores the phrasing tables by what a user would actually hear: each question goes through the
 * real skill handler, and the reply is read back as a topic id or a refusal. Shared by the test and
 * `npm run retrieval-accuracy`, which differ only in how they send a question.
 */
import { PHRASES, TOPIC_IDS, type TopicId, topic } from '../lambda/content';
import { escapeSsml } from '../lambda/ssml';
import {
  IN_DOMAIN,
  OUT_OF_DOMAIN,
  type Phrasing,
  type Refusal,
  UNANSWERED,
} from './phrasings/question-table';

/** How a reply reads to the listener. */
export type Heard = TopicId | 'noDose' | 'refuse' | 'notSure' | 'other';

/** Sends one question (the QuestionIntent `query` slot) and returns the SSML Alexa speaks. */
export type Ask = (query: string) => Promise<string>;

/** `ssml` is the response's output speech; a reply is read by the line it starts with. */
export function heardAs(ssml: string): Heard {
  const opens = (text: string) => ssml.startsWith(`<speak>${escapeSsml(text)}`);
  const answered = TOPIC_IDS.find((id) => opens(topic(id).speech));
  if (answered) return answered;
  if (opens(PHRASES.noDose) || opens(PHRASES.noSupplementDose)) return 'noDose';
  if (opens(PHRASES.outOfDomain) || opens(PHRASES.otherBodyPart)) return 'refuse';
  if (opens(PHRASES.notSure)) return 'notSure';
  return 'other';
}

export interface Miss {
  said: string;
  expected: string;
  heard: Heard;
}

export interface Score {
  n: number;
  correct: number;
  misses: Miss[];
}

async function score<Expected extends string>(
  table: readonly Phrasing<Expected>[],
  ask: Ask,
  isRight: (expected: Expected, heard: Heard) => boolean,
): Promise<Score> {
  const misses: Miss[] = [];
  for (const { carrier, query, expected } of table) {
    const heard = heardAs(await ask(query));
    if (!isRight(expected, heard)) misses.push({ said: `${carrier} ${query}`, expected, heard });
  }
  return { n: table.length, correct: table.length - misses.length, misses };
}

export function scoreInDomain(ask: Ask): Promise<Score> {
  return score(IN_DOMAIN, ask, (expected, heard) => heard === expected);
}

export function scoreOutOfDomain(ask: Ask): Promise<Score> {
  return score<Refusal>(OUT_OF_DOMAIN, ask, (expected, heard) => heard === expected);
}

/** Near-subject questions the content cannot answer: right if not answered with a topic. */
export function scoreUnanswered(ask: Ask): Promise<Score> {
  return score(UNANSWERED, ask, (_expected, heard) => ['notSure', 'refuse'].includes(heard));
}

export function describeScore(label: string, { n, correct, misses }: Score): string {
  const lines = misses.map(
    ({ said, expected, heard }) => `  miss: "${said}" → heard ${heard}, expected ${expected}`,
  );
  return [`${label}: ${correct}/${n} (${((100 * correct) / n).toFixed(1)}%)`, ...lines].join('\n');
}
