/**
 * What the classifier sees of an utterance: its word stems, adjacent pairs of them, and the slot
 * types whose values it mentions. Training utterances and spoken ones go through the same
 * function, so a feature means the same on both sides.
 */
import { FUNCTION_WEIGHT, type WeightedToken } from '../weights';
import { CLASSIFIER_TUNING } from './tuning';

/** Fillers ("um", "please", "alexa") say nothing about the intent; function words little. */
function isNoise(token: WeightedToken): boolean {
  return (
    token.weight < FUNCTION_WEIGHT || (!CLASSIFIER_TUNING.functionWords && token.weight <= FUNCTION_WEIGHT)
  );
}

export function featuresOf(
  tokens: readonly WeightedToken[],
  slotTypes: Iterable<string>,
): Map<string, number> {
  const names = new Set<string>();
  const stems = tokens.filter((token) => !isNoise(token)).map((token) => token.stem);
  for (const stem of stems) names.add(stem);
  if (CLASSIFIER_TUNING.bigrams)
    for (let i = 1; i < stems.length; i++) names.add(`${stems[i - 1]}_${stems[i]}`);
  if (CLASSIFIER_TUNING.slotTypeFeatures) for (const type of slotTypes) names.add(`{${type}}`);
  // Unit length: a long story does not outvote a short question by its number of words alone.
  const value = CLASSIFIER_TUNING.unitLength ? 1 / Math.sqrt(Math.max(1, names.size)) : 1;
  return new Map([...names].map((name) => [name, value]));
}

/** Share of the utterance's content words that some training utterance has. */
export function knownShare(tokens: readonly WeightedToken[], known: ReadonlySet<string>): number {
  const content = tokens.filter((token) => token.weight > FUNCTION_WEIGHT);
  return content.length === 0 ? 1 : content.filter((token) => known.has(token.stem)).length / content.length;
}
