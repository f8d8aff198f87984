/**
 * What the user said in an intent's slots, in the skill's terms: the situation (resolved, or found in
 * the words when entity resolution matched nothing), the treatment, and every cue (body part, pain,
 * duration, medicine) any slot carries.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { isSituationId, type SituationId, type Treatment } from '../content';
import {
  type Cues,
  hear,
  isDeterminer,
  LASTING_DAYS,
  outranks,
  saidAsTheirs,
  saysOnlyASpasm,
  situationsIn,
} from '../language/cues';
import { isInjuryVerb } from '../language/vocabulary';
import { intentNameOf, intentSlots, resolvedSlotId, type SpokenSlot } from '../requests';
import { wordsOf } from '../retrieval/words';

/** Everything said in the slots, as one text. */
function spokenIn(slots: readonly { value: string }[]): string {
  return slots.map(({ value }) => value).join(' ');
}

/** The more telling of two situations, either possibly unknown: the first when they tie. */
function moreTelling(a: SituationId | undefined, b: SituationId | undefined): SituationId | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return outranks(b, a) ? b : a;
}

/**
 * How it started: the situation slot as resolved, unless a movement that hurt the back ("I hurt my
 * back at the gym") or the words of any slot name a more telling one ("shovelling snow" resolved,
 * "and twisted to throw it" said as well). The injury slot says a sudden start only by a verb of
 * injury ("pulling weeds" is none), but any other start its words name counts ("about to stretch").
 */
export function situationOf(envelope: RequestEnvelope): SituationId | undefined {
  const slots = intentSlots(envelope);
  const [said] = situationsIn(spokenIn(slots.filter(({ name }) => name !== 'injury')));
  const [besideInjury] = situationsIn(spokenIn(slots.filter(({ name }) => name === 'injury'))).filter(
    (id) => id !== 'sudden',
  );
  return [injuryIn(slots), said, besideInjury, momentIn(slots)].reduce(moreTelling, resolvedSituation(slots));
}

/**
 * The situation slot as entity resolution matched it, but inflammation only when it is said: "hot"
 * alone is as often the heat asked about ("hot fomentation") as skin that is hot.
 */
function resolvedSituation(slots: readonly SpokenSlot[]): SituationId | undefined {
  const slot = slots.find(({ name }) => name === 'situation');
  if (!slot || !isSituationId(slot.id)) return undefined;
  return slot.id !== 'inflamed' || situationsIn(slot.value).includes('inflamed') ? slot.id : undefined;
}

/**
 * "My back went while I was putting the bins out": the moment the words name is a sudden start,
 * whatever the user was doing, unless what they were doing names a start of its own (its words
 * count with every slot's, so "lifting all day" is still a load kept up).
 */
function momentIn(slots: readonly SpokenSlot[]): SituationId | undefined {
  const during = slots.find(({ name }) => name === 'during');
  if (!during || situationsIn(during.value).length > 0) return undefined;
  return 'sudden';
}

/** "I tweaked my back": a sudden start, when a verb of injury is said as one, not "pulling weeds". */
function injuryIn(slots: readonly SpokenSlot[]): SituationId | undefined {
  const said = slots.find(({ name }) => name === 'injury');
  return said && wordsOf(said.value).some(isInjuryVerb) ? 'sudden' : undefined;
}

export function treatmentOf(envelope: RequestEnvelope): Treatment | undefined {
  const id = resolvedSlotId(envelope, 'treatment');
  return id === 'ice' || id === 'heat' ? id : undefined;
}

/** Days in an ISO 8601 duration as AMAZON.DURATION gives it (P3D, P2W, P1M, PT5H). */
export function durationDays(iso: string): number {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(iso);
  if (!match) return 0;
  const [, years = '0', months = '0', weeks = '0', days = '0'] = match;
  return Number(years) * 365 + Number(months) * 30 + Number(weeks) * 7 + Number(days);
}

const PAIN_CONCERNS = ['severe', 'nerve', 'recurring', 'lasting'] as const;

function isPainConcern(id: string | undefined): id is (typeof PAIN_CONCERNS)[number] {
  return PAIN_CONCERNS.some((concern) => concern === id);
}

/**
 * Every cue in the intent's slots: their words, and what entity resolution made of them. A part of
 * the body counts only as its words say it: entity resolution would take "heading out" for the head,
 * and "feet" for a part when the slot before it held "a long day on my". A condition
 * counts only when its words are said: it leads to a refusal, and "slipped on the stairs" is no
 * slipped disc. A pain value resolved from words that only say there is a spasm ("in spasm" matched
 * as "still in spasm") is no concern: nothing in them says how bad or how long. The body-part
 * slot's words count as said after "my", as the samples put them.
 */
export function slotCues(envelope: RequestEnvelope): Cues {
  const slots = intentSlots(envelope);
  const words: string[] = [];
  const slotStarts = new Set<number>();
  for (const { name, value } of slots) {
    slotStarts.add(words.length);
    const said = wordsOf(value);
    // The body-part slot follows "my" in the samples ("I hurt my {bodyPart}"): "head" there is "my
    // head". Not where the slot before ends with one ("a long day on my" + "feet" is a saying).
    const owned = name === 'bodyPart' && ![said[0], words.at(-1)].some(isDeterminer);
    words.push(...(owned ? ['my', ...said] : said));
  }
  const cues = hear(words, slotStarts);
  for (const { name, value, id } of slots) {
    if (name === 'pain' && isPainConcern(id) && !saysOnlyASpasm(value)) cues.concerns.add(id);
    if (name === 'duration' && durationDays(value) >= LASTING_DAYS) cues.concerns.add('lasting');
    // "My dog", not "the cat": an animal the user calls theirs is the one in pain, not one they lifted.
    if (name === 'animal' && id !== undefined && saidAsTheirs(value)) cues.concerns.add('animal');
    if (name === 'medicine' && id !== undefined) cues.concerns.add('medicine');
    if (name === 'supplement' && id !== undefined) cues.concerns.add('supplement');
  }
  // The words "how much" stay in the carrier phrase: the intent itself says an amount is asked for.
  if (intentNameOf(envelope) === 'DoseIntent') cues.concerns.add('dose');
  // A game the back went in ("got tackled at footy") is how it started, not a question about the game.
  if (cues.concerns.has('game') && situationOf(envelope) !== undefined) cues.concerns.delete('game');
  return cues;
}
