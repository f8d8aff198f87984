/**
 * What is plainly not about a lower back spasm: another part of the body, another condition, or
 * another subject altogether. These get a polite refusal rather than the nearest topic.
 */

export type Outside = 'otherBodyPart' | 'outOfDomain';

const BACK = /\b(backs?|lumbar|spine|spinal)\b/;
const OTHER_BODY_PART =
  /\b(knees?|neck|shoulders?|head|foot|ankles?|wrists?|elbows?|legs?|calf|calves|thighs?|hamstrings?|arms?|fingers?|toes?|jaw|tooth|teeth|toothache|eyes?|ears?|stomach|chest|throat)\b/;
const OTHER_CONDITION =
  /\b(migraines?|headaches?|diabet(es|ic)|cancer|covid|flu|arthritis|asthma|blood pressure|cholesterol|pregnan(t|cy)|depression|insomnia)\b/;
const OTHER_SUBJECT =
  /\b(weather|forecast|jokes?|songs?|music|news|headlines|recipes?|cook|cooking|bake|baking|capital|president|football|soccer|basketball|baseball|game|score|movies?|films?|stocks?|traffic)\b/;

/** `said` is the question's words joined by spaces. Mentioning the back keeps a body part in scope. */
export function outsideDomain(said: string): Outside | undefined {
  if (OTHER_CONDITION.test(said) || OTHER_SUBJECT.test(said)) return 'outOfDomain';
  if (OTHER_BODY_PART.test(said) && !BACK.test(said)) return 'otherBodyPart';
  return undefined;
}
