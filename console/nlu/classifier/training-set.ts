/**
 * The classifier's training utterances, from the interaction model alone: each sample utterance
 * with its slot placeholders said as the slot type's values and synonyms, in turn, so the
 * classifier learns the words people use for them. Intents with few samples get more variants,
 * so the intent with a thousand samples does not drown the rest.
 */
import type { CompiledModel, Sample } from '../compile-model';
import { normalize, type Token } from '../normalize';
import { CLASSIFIER_TUNING } from './tuning';

/** What built-in slot types sound like; Alexa knows these without the model listing them. */
const BUILT_IN_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.DURATION': ['two weeks', 'three days', 'a month', 'a few days', 'a week', 'ten minutes'],
  'AMAZON.NUMBER': ['two', 'five', 'twenty'],
  'AMAZON.TIME': ['eight am', 'nine pm', 'seven in the evening'],
  'AMAZON.DATE': ['today', 'tomorrow', 'friday'],
};

export interface TrainingUtterance {
  intent: string;
  tokens: Token[];
}

/** Round-robin through each slot type's phrases, so every synonym is said somewhere. */
class SlotVoices {
  private readonly next = new Map<string, number>();
  private readonly builtIn = new Map(
    Object.entries(BUILT_IN_EXAMPLES).map(([type, texts]) => [
      type,
      texts.map((text) => normalize(text).tokens.map(({ text: word, stem }) => ({ text: word, stem }))),
    ]),
  );

  constructor(private readonly model: CompiledModel) {}

  /** The next way to say a value of `type`; none for free text, which could be anything. */
  say(type: string): { text: string; stem: string }[] {
    const custom = this.model.slotTypes.get(type);
    const phrases = custom
      ? custom.phrases.map((phrase) => phrase.stems.map((stem) => ({ text: stem, stem })))
      : (this.builtIn.get(type) ?? []);
    if (phrases.length === 0) return [];
    const index = this.next.get(type) ?? 0;
    this.next.set(type, index + 1);
    return phrases[index % phrases.length] ?? [];
  }
}

function sayOnce(sample: Sample, voices: SlotVoices): Token[] {
  const words = sample.parts.flatMap((part) =>
    part.kind === 'word' ? [{ text: part.text, stem: part.stem }] : voices.say(part.type),
  );
  return words.map((word, source) => ({ ...word, source }));
}

export function trainingSet(model: CompiledModel): TrainingUtterance[] {
  const byIntent = new Map<string, Sample[]>();
  for (const sample of model.samples)
    byIntent.set(sample.intent, [...(byIntent.get(sample.intent) ?? []), sample]);
  const voices = new SlotVoices(model);
  const { examplesPerIntent, maxVariants, maxPerIntent } = CLASSIFIER_TUNING;
  const utterances: TrainingUtterance[] = [];
  for (const [intent, all] of byIntent) {
    // An intent with hundreds of generated samples keeps an even spread of them: training time, and balance.
    const step = Math.max(1, all.length / maxPerIntent);
    const samples = Array.from(
      { length: Math.min(all.length, maxPerIntent) },
      (_, i) => all[Math.floor(i * step)],
    );
    const variants = Math.min(maxVariants, Math.max(1, Math.round(examplesPerIntent / samples.length)));
    // A sample without slots says the same each time: its repeats weigh it like its intent's others.
    for (const sample of samples) {
      if (!sample) continue;
      for (let v = 0; v < variants; v++) utterances.push({ intent, tokens: sayOnce(sample, voices) });
    }
  }
  return utterances;
}
