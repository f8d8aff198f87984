/**
 * Every knob of the intent classifier, in one place. Set on the dev phrasings only
 * (`BSC_NLU=classifier npm run nlu-accuracy -- dev`); change one, rerun it.
 */
export const CLASSIFIER_TUNING = {
  /** Training utterances each intent aims for: a small intent's samples are expanded more, with other slot values. */
  examplesPerIntent: 100,
  /** No sample is expanded more than this many times. */
  maxVariants: 4,
  /** An intent with more samples than this trains on this many of them, evenly spread: 4x faster start-up for 0.8 dev points. */
  maxPerIntent: 300,
  /** Adjacent word pairs as features too ("how long" is not "how" and "long"); off cost 11 dev points. */
  bigrams: true,
  /** Function words ("should", "what", "about") as features too: they shape questions; off cost 15 dev points. */
  functionWords: true,
  /** Scale each utterance's features to unit length; off cost 7 dev points. */
  unitLength: true,
  /** A slot value of a type heard anywhere adds the type as a feature: any value of it counts the same; off cost 9 dev points. */
  slotTypeFeatures: true,
  /** A slot value said only in its intent's carrier words ranks at this share of its quality. */
  carrierValueRank: 0.5,
  /** A slot value must resolve this well to count (as a feature, and to fill a slot). */
  slotQuality: 0.9,
  /**
   * Below this network output for the best intent the utterance is out of domain: AMAZON.FallbackIntent.
   * The model's fallbackIntentSensitivity picks one. At LOW, any threshold above 0 cost more dev answers
   * than it saved: the output is no confidence for long stories, and the skill's free-form question
   * lookup already refuses what it cannot answer.
   */
  fallbackThreshold: { LOW: 0, MEDIUM: 0.05, HIGH: 0.1 },
  /** An utterance most of whose content words no training utterance has is out of domain... */
  minKnownShare: 0.5,
  /** ...unless the network is this sure of its intent ("cheers, that's all"). */
  clearScore: 0.5,
  /** @nlpjs/neural's training: gradient steps until the error stops falling. */
  network: {
    iterations: 2000,
    errorThresh: 0.00005,
    deltaErrorThresh: 0.000001,
    learningRate: 0.6,
    momentum: 0.5,
    alpha: 0.07,
  },
};
