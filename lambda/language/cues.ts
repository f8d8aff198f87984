/**
 * What a piece of spoken text says, in the terms the skill cares about: how the spasm started, which
 * part of the body, whether the pain is severe, lasting or recurring, and which medicine, supplement,
 * condition or other subject it names. Used on slot values and free text alike, so the same words
 * lead to the same answer whichever intent they arrived in.
 */
import { SITUATION_IDS, type SituationId } from '../content';
import { PhraseFinder, stemsOf } from './phrase-finder';
import {
  DOSE_WORDS,
  LASTING_WORDS,
  LOWER_BACK,
  MEDICINE_WORDS,
  NEUROLOGICAL_WORDS,
  OTHER_BODY_PART_IDS,
  OTHER_BODY_PARTS,
  OTHER_CONDITIONS,
  OTHER_SUBJECTS,
  type OtherBodyPart,
  RECURRENCE_WORDS,
  SEVERITY_WORDS,
  SITUATION_WORDS,
  SUPPLEMENT_WORDS,
} from './vocabulary';

export type Concern =
  | 'severe'
  | 'recurring'
  | 'lasting'
  | 'medicine'
  | 'supplement'
  | 'neurological'
  | 'otherCondition'
  | 'dose'
  | 'otherSubject'
  | 'lowerBack';

export interface Cues {
  situations: SituationId[];
  otherBodyParts: OtherBodyPart[];
  concerns: Set<Concern>;
}

/** The phrase tables, built on first use: a LaunchRequest never pays for them. */
interface Finders {
  bodyParts: PhraseFinder<OtherBodyPart | 'lowerBack'>;
  situations: PhraseFinder<SituationId>;
  concerns: PhraseFinder<Concern>;
}

let finders: Finders | undefined;

function phraseFinders(): Finders {
  finders ??= {
    bodyParts: new PhraseFinder<OtherBodyPart | 'lowerBack'>([
      ['lowerBack', LOWER_BACK],
      ...OTHER_BODY_PART_IDS.map((part) => [part, OTHER_BODY_PARTS[part]] as const),
    ]),
    situations: new PhraseFinder<SituationId>(SITUATION_IDS.map((id) => [id, SITUATION_WORDS[id]] as const)),
    concerns: new PhraseFinder<Concern>([
      ['severe', SEVERITY_WORDS],
      ['recurring', RECURRENCE_WORDS],
      ['lasting', LASTING_WORDS],
      ['medicine', MEDICINE_WORDS],
      ['supplement', SUPPLEMENT_WORDS],
      ['neurological', NEUROLOGICAL_WORDS],
      ['otherCondition', OTHER_CONDITIONS],
      ['dose', DOSE_WORDS],
      ['otherSubject', OTHER_SUBJECTS],
    ]),
  };
  return finders;
}

/** The article: see a doctor if the pain has not eased after a few days. */
export const LASTING_DAYS = 3;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  couple: 2,
  three: 3,
  few: 3,
  several: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  many: 7,
};

const DAYS_PER: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };

/** The longest stretch of time the words name ("ten days", "a couple of weeks"), in days. */
export function spokenDays(stems: readonly string[]): number {
  let longest = 0;
  stems.forEach((word, i) => {
    const unit = DAYS_PER[word.replace(/s$/, '')];
    if (unit === undefined) return;
    // "a couple of weeks": skip "of"; digits as ASR writes them ("10 days") count too. Only a
    // counted stretch is a duration: "tight all week" says when, not how long it has lasted.
    const before = stems[i - 1] === 'of' ? stems[i - 2] : stems[i - 1];
    const count =
      before === undefined
        ? undefined
        : (NUMBER_WORDS[before] ?? (/^\d+$/.test(before) ? Number(before) : undefined));
    if (count !== undefined) longest = Math.max(longest, count * unit);
  });
  return longest;
}

export function hear(text: string): Cues {
  const { bodyParts, situations, concerns } = phraseFinders();
  const stems = stemsOf(text);
  const found = concerns.find(stems).map(({ key }) => key);
  const parts = bodyParts.find(stems).map(({ key }) => key);
  if (parts.includes('lowerBack')) found.push('lowerBack');
  if (spokenDays(stems) >= LASTING_DAYS) found.push('lasting');
  return {
    situations: [...new Set(situations.find(stems).map(({ key }) => key))],
    otherBodyParts: [...new Set(parts.filter((part): part is OtherBodyPart => part !== 'lowerBack'))],
    concerns: new Set(found),
  };
}
