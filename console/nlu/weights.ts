/**
 * How much a word tells us about what the user wants. Matching and missing content words decide a
 * match; function words count a little; fillers ("um", "so", "please", "alexa") almost nothing, wherever they occur.
 */
import type { Token } from './normalize';

const FILLERS = new Set([
  'alexa',
  'um',
  'umm',
  'uh',
  'uhh',
  'er',
  'erm',
  'hmm',
  'hm',
  'mm',
  'oh',
  'ah',
  'so',
  'well',
  'ok',
  'alright',
  'hey',
  'please',
  'wait',
  'like',
  'just',
  'really',
  'actually',
  'honestly',
  'basically',
  'maybe',
  'then',
  'now',
  'exactly',
]);

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'my',
  'me',
  'i',
  'it',
  'its',
  'is',
  'am',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'to',
  'of',
  'for',
  'on',
  'in',
  'at',
  'and',
  'or',
  'but',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'that',
  'this',
  'these',
  'those',
  'you',
  'your',
  'we',
  'us',
  'our',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'with',
  'some',
  'any',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'about',
  'from',
  'by',
  'there',
  'here',
  'if',
  'than',
  'as',
  'into',
  'too',
  'very',
  'all',
  'off',
  'up',
  'out',
  'what',
  'which',
  'get',
  'go',
  'got',
  'one',
  'thing',
  'bit',
]);

const FILLER_WEIGHT = 0.1;
export const FUNCTION_WEIGHT = 0.35;
const CONTENT_WEIGHT = 1;

/** Question words decide between intents ("why…", "when…", "how long…"), so they weigh a little more. */
const QUESTION_WORDS = new Set(['why', 'how', 'when', 'where', 'who']);
const QUESTION_WEIGHT = 1.25;

/** Weight of a word; its stem counts too, so "going" weighs like "go". */
export function wordWeight(token: Pick<Token, 'text' | 'stem'>): number {
  const is = (words: ReadonlySet<string>) => words.has(token.text) || words.has(token.stem);
  if (is(FILLERS)) return FILLER_WEIGHT;
  if (is(FUNCTION_WORDS)) return FUNCTION_WEIGHT;
  return is(QUESTION_WORDS) ? QUESTION_WEIGHT : CONTENT_WEIGHT;
}

export function isContentWord(token: Pick<Token, 'text' | 'stem'>): boolean {
  return wordWeight(token) >= CONTENT_WEIGHT;
}

/** A token of the user's utterance with its weight. */
export interface WeightedToken extends Token {
  weight: number;
}

export function weigh(tokens: readonly Token[]): WeightedToken[] {
  return tokens.map((token) => ({ ...token, weight: wordWeight(token) }));
}
