/**
 * Turns spoken text (user utterances, sample utterances, slot values alike) into comparable tokens:
 * lower case, no punctuation, contractions expanded, digits spelled out, each token stemmed.
 * Both sides go through the same function, so "what's" meets "what is" and "spasms" meets "spasm".
 */

export interface Token {
  /** Normalized word, e.g. "is" for the second half of "what's". */
  text: string;
  stem: string;
  /** Index of the spoken word it came from, so slot values can be quoted as spoken. */
  source: number;
}

export interface NormalizedText {
  /** The spoken words, lower case, punctuation stripped (apostrophes kept): what a slot value quotes. */
  words: string[];
  tokens: Token[];
}

/** Contractions whose "'s" means "is"; any other "'s" is a possessive and just loses its apostrophe. */
const IS_CONTRACTIONS = new Set([
  'it',
  'that',
  'there',
  'here',
  'what',
  'where',
  'who',
  'how',
  'why',
  'when',
  'he',
  'she',
]);

const IRREGULAR: Record<string, string> = {
  "can't": 'can not',
  cannot: 'can not',
  "won't": 'will not',
  "shan't": 'shall not',
  "let's": 'let us',
  "y'all": 'you all',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  okay: 'ok',
};

const SUFFIXES: ReadonlyArray<[string, string]> = [
  ["n't", ' not'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'d", ' would'],
  ["'m", ' am'],
];

function expandContraction(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length)
      return word.slice(0, -suffix.length) + expansion;
  }
  if (word.endsWith("'s")) {
    const base = word.slice(0, -2);
    return IS_CONTRACTIONS.has(base) ? `${base} is` : `${base}s`;
  }
  return word.replaceAll("'", '');
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Speech recognition hands over "20" where the model says "twenty"; spell out 0–99, leave the rest. */
function spellNumber(word: string): string {
  if (!/^\d{1,2}$/.test(word)) return word;
  const n = Number(word);
  if (n < 20) return ONES[n] ?? word;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens} ${ONES[n % 10]}`;
}

const VOWEL = /[aeiouy]/;

/** Irregular past forms people use when describing what happened. */
const IRREGULAR_STEMS: Record<string, string> = {
  bent: 'bend',
  went: 'go',
  gone: 'go',
  did: 'do',
  does: 'do',
  done: 'do',
  overdid: 'overdo',
  overdone: 'overdo',
  felt: 'feel',
  took: 'take',
  taken: 'take',
  got: 'get',
  gotten: 'get',
  made: 'make',
  caught: 'catch',
  slept: 'sleep',
  fell: 'fall',
  fallen: 'fall',
  threw: 'throw',
  thrown: 'throw',
  sat: 'sit',
  stood: 'stand',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
  came: 'come',
};

/**
 * A light suffix stripper: enough to meet plural, -ing and -ed forms of the same word
 * ("stretches"/"stretching"/"stretch", "icing"/"ice", "does"/"do"), never a dictionary lookup.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR_STEMS[word];
  if (irregular) return stem(irregular);
  if (word.length <= 3) return word;
  let w = word;
  // The plural first, so that "hamstrings" meets "hamstring" and "feelings" meets "feeling".
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (/(ch|sh|x|ss|s)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 5 && VOWEL.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4) w = w.slice(0, -2);
  // "icing" → "ic" → "ice", "using" → "us" → "use": meet the three-letter word.
  if (w.length <= 2 && !VOWEL.test(w.slice(-1))) w = `${w}e`;
  // "stopped" → "stopp" → "stop", but keep "ll"/"ss" ("pull", "stress").
  if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

export function normalize(text: string): NormalizedText {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
  const tokens: Token[] = [];
  words.forEach((word, source) => {
    for (const text of spellNumber(expandContraction(word)).split(' ')) {
      if (text) tokens.push({ text, stem: stem(text), source });
    }
  });
  return { words, tokens };
}
