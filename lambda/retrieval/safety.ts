/**
 * Questions that must reach the doctor's advice whatever else they say. Checked before ranking,
 * so a mention of severe or lasting pain, recurring spasms, Parkinson's or medicine can never be
 * outranked by a topic about ice or heat. Patterns run on the question's words joined by spaces.
 */
import type { TopicId } from '../content';

export type SafetyAnswer = { kind: 'topic'; topic: TopicId } | { kind: 'noDose' };

const DOSE = /\b(mg|milligrams?|grams?|doses?|dosages?|amount|maximum|max)\b|\bhow (much|many)\b/;
/** Words that ask for a dose even without naming a medicine ("how many mg should I take"). */
const DOSE_UNIT = /\b(mg|milligrams?|doses?|dosages?)\b/;
const SUPPLEMENT = /\b(magnesium|calcium|vitamins?|minerals?|supplements?|nutrients?)\b/;
const MEDICINE =
  /\b(valium|diazepam|medicines?|medications?|meds|drugs?|pills?|tablets?|painkillers?|relaxants?|prescriptions?|prescribed?|ibuprofen|paracetamol|acetaminophen|aspirin|naproxen|tylenol|advil|codeine|tramadol|opioids?)\b/;
const NEUROLOGICAL = /\b(parkinsons?|neurological|tremors?|nerve disease)\b/;
/** Spasms that return, not a treatment used often: "heat every day" is not a recurring spasm. */
const RECURRING =
  /\b(keeps? (getting|coming|happening|returning)|coming back|comes back|again and again|over and over|recurr?ing|recurrent|chronic|repeatedly|spasms? (all the time|every (day|week|month)|so often))\b/;
const SEVERE =
  /\b(severe|unbearable|excruciating|agony|agoni[sz]ing|worst|getting worse|emergency|hospital|ambulance|(really|very|so) bad|(cant|cannot) (move|walk|stand|get up))\b/;
const LASTING =
  /\b(days|weeks|months|a (week|month)|wont go away|not going away|hasnt (eased|gone|stopped)|still (hurts|hurting|sore|painful)|lasting|lasted)\b/;

/** Dose questions never get a number: supplements have their own answer, medicine a refusal. */
function doseAnswer(said: string): SafetyAnswer | undefined {
  if (!DOSE.test(said)) return undefined;
  if (SUPPLEMENT.test(said)) return { kind: 'topic', topic: 'supplements' };
  return MEDICINE.test(said) || DOSE_UNIT.test(said) ? { kind: 'noDose' } : undefined;
}

export function safetyAnswer(said: string): SafetyAnswer | undefined {
  const dose = doseAnswer(said);
  if (dose) return dose;
  if (NEUROLOGICAL.test(said) || RECURRING.test(said)) return { kind: 'topic', topic: 'parkinsons' };
  if (MEDICINE.test(said)) return { kind: 'topic', topic: 'medicine' };
  if (SEVERE.test(said) || LASTING.test(said)) return { kind: 'topic', topic: 'doctor' };
  return undefined;
}
