/**
 * Every knob of the offline NLU's scoring, in one place. Values are set by hand against the DEV
 * phrasing sets only (`npm run nlu-accuracy -- dev`), never the held-out set; change one, rerun it.
 */
export const TUNING = {
  /** A custom-type slot placeholder weighs as much as this many content words of a sample. */
  slotWeight: 1.5,
  /** A free-text (AMAZON.SearchQuery) placeholder weighs less: whatever words fill it. */
  freeTextSlotWeight: 1,
  /** Share of the score from how much of the sample was said; the rest is how much of the utterance it explains. */
  sampleShare: 0.6,
  /** Credit for a sample word the utterance says, but out of order. */
  reorderedCredit: 0.6,
  /** Share of their weight that words wedged inside a sample cost... */
  gapPenalty: 0.25,
  /** ...and next to a slot, where they make a wrong slot value likely ("what is [the timing for] {topic}"). */
  slotGapPenalty: 0.5,
  /** Ranking handicap by sample kind: exact samples win close calls over slot samples, those over free-text carriers. */
  kindHandicap: { exact: 0, slot: 0.05, search: 0.15 },
  /**
   * Below this score the utterance is out of domain: AMAZON.FallbackIntent. The model's
   * fallbackIntentSensitivity picks one: the higher the sensitivity, the more goes to the fallback.
   */
  fallbackThreshold: { LOW: 0.5, MEDIUM: 0.55, HIGH: 0.6 },
  /** Near miss between longer stems: a typo, "relaxers" for "relaxants". */
  fuzzyCredit: 0.75,
  /** A word the model lists as a one-word synonym of the sample's word ("cold" for "ice"). */
  relatedCredit: 0.7,
  /** A slot value heard outside any sample's slot (see spotSlots in resolve.ts) must resolve this well. */
  spotQuality: 0.9,
  /** How much a function word inside a slot value's synonym weighs, against 1 for a content word. */
  slotFunctionWeight: 0.6,
  /** Past this much word weight an utterance is a story: each further word counts only... */
  longStoryMass: 8,
  /** ...this share against a sample, as told details do not ask for another intent. */
  longStoryRate: 0.5,
  /** A synonym must be covered more than half for its value to resolve (ER_SUCCESS_MATCH): half of "shooting down" is "down". */
  minPhraseCoverage: 0.55,
  /**
   * A value diluted below this by the words around its synonym fills the slot but does not resolve
   * (ER_SUCCESS_NO_MATCH), as Alexa resolves a value only when it is close to a synonym.
   */
  minResolvedQuality: 0.5,
  /** Quality of a slot filled with words matching no value (ER_SUCCESS_NO_MATCH)... */
  noMatchQuality: 0.2,
  /** ...and the share of those words' weight it accounts for. */
  noMatchExplained: 0.4,
  /** Share of weight a matched slot accounts for by absorbing words around the synonym. */
  absorbedExplained: 0.25,
  /** Free text talking about the skill's subject (a content word the model uses) fills a slot up to this quality... */
  freeTextMaxQuality: 0.8,
  /** ...accounting for this share of its words' weight. Off-topic free text fills nothing. */
  onTopicExplained: 0.5,
  /** After Dialog.ElicitSlot, another intent is heard instead of the answer only if it scores this much better. */
  intentSwitchMargin: 0.3,
};
