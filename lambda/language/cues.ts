/**
 * What a piece of spoken text says, in the terms the skill cares about: how the spasm started, which
 * part of the body, whether the pain is severe, lasting or recurring, and which medicine, supplement,
 * condition or other subject it names. Used on slot values and free text alike, so the same words
 * lead to the same answer whichever intent they arrived in.
 */
import { SITUATION_IDS, type SituationId, type TopicId, type Treatment } from '../content';
import { stem } from '../retrieval/stem';
import { wordsOf } from '../retrieval/words';
import { countAt } from './numbers';
import { nounForm, PhraseFinder, stemsOf } from './phrase-finder';
import {
  BACK_AS_YARDSTICK,
  BODY_PART_DENIALS,
  BODY_PART_DETERMINERS,
  BODY_PART_FOCUS,
  BODY_PART_SAYINGS,
  DOSE_WORDS,
  GAME_WORDS,
  HEARD_ONLY,
  INJURY_WORDS,
  KEPT_UP_WORDS,
  LASTING_WORDS,
  LOWER_BACK,
  MEDICINE_WORDS,
  MOMENT_WORDS,
  NERVE_WORDS,
  NEUROLOGICAL_WORDS,
  NUMBING_SAYINGS,
  ONSET_WORDS,
  OTHER_BODY_PART_IDS,
  OTHER_BODY_PARTS,
  OTHER_CONDITIONS,
  OTHER_SUBJECTS,
  type OtherBodyPart,
  OWNED_ANIMALS,
  OWNERS,
  RECURRENCE_WORDS,
  SEVERITY_WORDS,
  SITUATION_DENIALS,
  SITUATION_WORDS,
  SPASM_NAMES,
  SPASM_ONLY_WORDS,
  SUPPLEMENT_WORDS,
  TREATMENT_WORDS,
} from './vocabulary';

export type Concern =
  | 'severe'
  | 'nerve'
  | 'recurring'
  | 'lasting'
  | 'medicine'
  | 'supplement'
  | 'neurological'
  | 'otherCondition'
  | 'dose'
  | 'otherSubject'
  | 'animal'
  | 'game'
  | 'lowerBack';

export interface Cues {
  otherBodyParts: OtherBodyPart[];
  concerns: Set<Concern>;
}

/** The phrase tables, built on first use: a LaunchRequest never pays for them. */
interface Finders {
  bodyParts: PhraseFinder<OtherBodyPart | 'lowerBack' | 'saying'>;
  situations: PhraseFinder<SituationId | 'onset'>;
  keptUp: PhraseFinder<'keptUp' | 'moment'>;
  concerns: PhraseFinder<Concern | 'saying'>;
  treatments: PhraseFinder<Treatment>;
}

let finders: Finders | undefined;

function phraseFinders(): Finders {
  finders ??= {
    bodyParts: new PhraseFinder<OtherBodyPart | 'lowerBack' | 'saying'>(
      [
        // Found whole, a saying hides the body part inside it ("on my feet all day").
        ['saying', BODY_PART_SAYINGS],
        ['lowerBack', LOWER_BACK],
        ...OTHER_BODY_PART_IDS.map((part) => [part, OTHER_BODY_PARTS[part]] as const),
      ],
      nounForm,
    ),
    // Onset words first, so that they win over the same phrase in the overuse list.
    situations: new PhraseFinder<SituationId | 'onset'>([
      ['onset', ONSET_WORDS],
      ...SITUATION_IDS.map((id) => [id, SITUATION_WORDS[id]] as const),
    ]),
    keptUp: new PhraseFinder<'keptUp' | 'moment'>([
      ['moment', MOMENT_WORDS],
      ['keptUp', KEPT_UP_WORDS],
    ]),
    // Said beside the other, "hot" and "warm" are the heat, not skin that is hot.
    treatments: new PhraseFinder<Treatment>([
      ['ice', [...TREATMENT_WORDS.ice, 'cool']],
      ['heat', [...TREATMENT_WORDS.heat, 'hot', 'warm']],
    ]),
    concerns: new PhraseFinder<Concern | 'saying'>([
      // Found whole, a saying hides the concern's word inside it.
      ['saying', NUMBING_SAYINGS],
      ['severe', SEVERITY_WORDS],
      ['nerve', NERVE_WORDS],
      ['recurring', [...RECURRENCE_WORDS, ...HEARD_ONLY.recurring]],
      ['lasting', [...LASTING_WORDS, ...HEARD_ONLY.lasting]],
      ['medicine', MEDICINE_WORDS],
      ['supplement', SUPPLEMENT_WORDS],
      ['neurological', NEUROLOGICAL_WORDS],
      ['otherCondition', OTHER_CONDITIONS],
      ['dose', DOSE_WORDS],
      ['otherSubject', OTHER_SUBJECTS],
      ['animal', OWNED_ANIMALS],
      ['game', GAME_WORDS],
    ]),
  };
  return finders;
}

/** The article: see a doctor if the pain has not eased after a few days. */
export const LASTING_DAYS = 3;

const DAYS_PER: Readonly<Record<string, number>> = {
  day: 1,
  week: 7,
  weekend: 7,
  fortnight: 14,
  month: 30,
  year: 365,
};

/** The count said just before position `i`: "a couple of" before "weeks", "four" before "times". */
function countBefore(words: readonly string[], i: number): { value: number; start: number } | undefined {
  for (let start = Math.max(0, i - 4); start < i; start++) {
    const count = countAt(words, start);
    if (count?.next === i) return { value: count.value, start };
  }
  return undefined;
}

/** The longest stretch of time the words name ("ten days", "a couple of weeks"), in days. */
export function spokenDays(words: readonly string[]): number {
  let longest = 0;
  words.forEach((word, i) => {
    const unit = DAYS_PER[word.replace(/s$/, '')];
    // Only a counted stretch is a duration: "tight all week" says when, not how long it has lasted.
    const count = unit === undefined ? undefined : countBefore(words, i);
    if (unit !== undefined && count) longest = Math.max(longest, count.value * unit);
  });
  return longest;
}

const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);
/** Words that say the count is of spasms: not of ice packs ("I iced it twice"). */
const HAPPENED: ReadonlySet<string> = new Set(['happen', 'happened', 'happens', 'happening', 'had']);

/**
 * How many times the words say it has happened: "four times since Christmas", "it's happened twice".
 * Not a rate ("three times a day") nor a question ("how many times").
 */
function spokenTimes(words: readonly string[]): number {
  if (!words.some((word) => HAPPENED.has(word))) return 0;
  let most = 0;
  words.forEach((word, i) => {
    if (RATE_WORDS.has(words[i + 1] ?? '')) return;
    if (word === 'twice') most = Math.max(most, 2);
    const count = word === 'times' ? countBefore(words, i) : undefined;
    if (count && words[count.start - 1] !== 'how') most = Math.max(most, count.value);
  });
  return most;
}

/**
 * Which said situation outranks which: a movement or a cause ("twisted", "stress") over an activity
 * that wore the muscle out ("shovelling snow"), and that over words saying only how it came on.
 */
const RANK: Readonly<Record<SituationId | 'onset', number>> = {
  sudden: 0,
  inflamed: 0,
  stress: 0,
  stretching: 0,
  overuse: 1,
  onset: 2,
};

/** Whether situation `a` says more about how it started than `b`: "twisted" more than "shovelling". */
export function outranks(a: SituationId, b: SituationId): boolean {
  return RANK[a] < RANK[b];
}

const SITUATION_NOT = new Set(SITUATION_DENIALS.flatMap(stemsOf));

/** Whether one of the three words before `start` takes the situation back: "it wasn't from lifting". */
function deniedAt(stems: readonly string[], start: number): boolean {
  return stems.slice(Math.max(0, start - 3), start).some((word) => SITUATION_NOT.has(word));
}

/** A load kept up with no moment said ("carried boxes all day"): it wore the muscle out. */
function keptUpLoad(stems: readonly string[]): boolean {
  const said = new Set(
    phraseFinders()
      .keptUp.find(stems)
      .map(({ key }) => key),
  );
  return said.has('keptUp') && !said.has('moment');
}

/** How the spasm started, as the words say it: every situation named and not denied, the most telling first. */
export function situationsIn(text: string): SituationId[] {
  const stems = stemsOf(text);
  const found = phraseFinders()
    .situations.find(stems)
    .filter(({ start }) => !deniedAt(stems, start));
  // Only a sudden start can be a load kept up: the check is skipped when none is said.
  const wornOut = found.some(({ key }) => key === 'sudden') && keptUpLoad(stems);
  const ranked = found
    .map(({ key }) => (key === 'sudden' && wornOut ? 'overuse' : key))
    .sort((a, b) => RANK[a] - RANK[b]);
  return [...new Set(ranked.map((key) => (key === 'onset' ? 'overuse' : key)))];
}

/**
 * Whether a question about ice and heat offers a choice ("is it cold or warm you're meant to use?",
 * "which one"): which to use depends on how it started. "What's the difference between ice and heat"
 * asks about both.
 */
export function choosesBetweenThem(asked: TopicId, said: string): boolean {
  return asked === 'ice-and-heat' && stemsOf(said).some((word) => word === 'or' || word === 'which');
}

/** Whether the words name both ice and heat ("heat packs and ice packs"): a question about the two. */
export function namesBothTreatments(text: string): boolean {
  const named = new Set(
    phraseFinders()
      .treatments.find(stemsOf(text))
      .map(({ key }) => key),
  );
  return named.size === 2;
}

/** Whether the words begin by calling it the user's own: "my dog", "me lower back". */
export function saidAsTheirs(text: string): boolean {
  const [first] = wordsOf(text);
  return OWNERS.some((owner) => owner === first);
}

const SPASM = new Set(SPASM_NAMES.flatMap(stemsOf));
const BACK = stem('back');

/** Whether the words name the back and no spasm: entity resolution hears "back" as "back spasm". */
export function namesTheBackAlone(text: string): boolean {
  const stems = stemsOf(text);
  return stems.includes(BACK) && !stems.some((word) => SPASM.has(word));
}

const INJURY = new Set(INJURY_WORDS.flatMap(stemsOf));

/** Whether the words name an injury itself ("getting hurt", "an injury"), not how the back went. */
export function namesAnInjury(text: string): boolean {
  return stemsOf(text).some((word) => INJURY.has(word));
}

const SPASM_ONLY = new Set(SPASM_ONLY_WORDS.flatMap(stemsOf));

/** Whether the words say only that there is a spasm: nothing of how bad, how long or how it started. */
export function saysOnlyASpasm(text: string): boolean {
  return stemsOf(text).every((word) => SPASM_ONLY.has(word));
}

const DENIALS = new Set(BODY_PART_DENIALS.flatMap(stemsOf));
const YARDSTICKS = BACK_AS_YARDSTICK.map(stemsOf);
const FOCUS = new Set(BODY_PART_FOCUS.flatMap(stemsOf));
const DETERMINERS = new Set(BODY_PART_DETERMINERS.flatMap(stemsOf));

/** "my", "the", "his": a word said between a body part and what comes before it. */
export function isDeterminer(word: string | undefined): boolean {
  return word !== undefined && DETERMINERS.has(stem(word));
}

/**
 * The word said just before position `start`, past any "my" or "the": "not" in "not my back". Only
 * within one slot: slots reach the skill in the model's order, not the order they were said in.
 */
function qualifierBefore(
  stems: readonly string[],
  start: number,
  slotStarts: ReadonlySet<number>,
): string | undefined {
  let at = start;
  while (at > 0 && !slotStarts.has(at)) {
    at--;
    const word = stems[at] ?? '';
    if (!DETERMINERS.has(word)) return word;
  }
  return undefined;
}

/** Whether the words just before `start`, past any "a" or "my", make the back a yardstick ("as for a back"). */
function yardstickBefore(stems: readonly string[], start: number): boolean {
  let end = start;
  while (end > 0 && DETERMINERS.has(stems[end - 1] ?? '')) end--;
  return YARDSTICKS.some(
    (yardstick) =>
      yardstick.length <= end && yardstick.every((word, i) => stems[end - yardstick.length + i] === word),
  );
}

/**
 * Every cue in the words but the situation: the body parts and concerns that may come first.
 * `slotStarts` marks where each slot's words begin, when the words are several slots' values.
 */
export function hear(words: readonly string[], slotStarts: ReadonlySet<number> = new Set()): Cues {
  const { bodyParts, concerns } = phraseFinders();
  const stems = words.map(stem);
  const found = new Set<Concern>();
  for (const { key } of concerns.find(stems)) if (key !== 'saying') found.add(key);
  const otherBodyParts: OtherBodyPart[] = [];
  let otherPartFirst = false;
  for (const { key, start } of bodyParts.find(words.map(nounForm))) {
    if (key === 'saying') continue;
    const qualifier = qualifierBefore(stems, start, slotStarts) ?? '';
    if (DENIALS.has(qualifier)) continue;
    if (key === 'lowerBack') {
      if (!yardstickBefore(stems, start)) found.add('lowerBack');
      continue;
    }
    otherPartFirst ||= FOCUS.has(qualifier);
    if (!otherBodyParts.includes(key)) otherBodyParts.push(key);
  }
  if (otherPartFirst) found.delete('lowerBack');
  if (spokenDays(words) >= LASTING_DAYS) found.add('lasting');
  if (spokenTimes(words) >= 2) found.add('recurring');
  return { otherBodyParts, concerns: found };
}
