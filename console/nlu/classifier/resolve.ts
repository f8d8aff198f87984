/**
 * The intent classifier: trained when the console starts, from the interaction model's samples
 * (training-set.ts), it scores every intent for an utterance; the chosen intent's slots are then
 * filled from whatever values the utterance mentions (slots.ts). Same Resolution as the matcher,
 * same fallback sensitivity, same Dialog.ElicitSlot narrowing.
 */
import { type CompiledModel, FALLBACK_INTENT, type Sample } from '../compile-model';
import { normalize } from '../normalize';
import type { Resolution } from '../resolve';
import { TUNING } from '../tuning';
import { featuresOf, knownShare } from './features';
import { type IntentNetwork, trainNetwork } from './network';
import { HeardText } from './slots';
import { trainingSet } from './training-set';
import { CLASSIFIER_TUNING } from './tuning';

/** Alexa listens for about ten seconds a turn: no one says more words than this in one utterance. */
const MAX_TOKENS = 50;

type Sensitivity = keyof typeof CLASSIFIER_TUNING.fallbackThreshold;

/** The compiled model keeps the matcher's threshold for its sensitivity level; read the level back. */
function sensitivityOf(model: CompiledModel): Sensitivity {
  const levels = Object.keys(TUNING.fallbackThreshold) as Sensitivity[];
  return levels.find((level) => TUNING.fallbackThreshold[level] === model.fallbackThreshold) ?? 'LOW';
}

interface Scored {
  intent: string;
  /** The network's output for the intent, 0–1: how sure it is, whatever the others score. */
  score: number;
}

export class IntentClassifier {
  private readonly network: IntentNetwork;
  /** Intent → every feature its training utterances have: an intent none of them is said for is not a candidate. */
  private readonly featuresOf = new Map<string, Set<string>>();
  private readonly stemsOf = new Map<Sample, Set<string>>();
  /** Intent → the words its samples say around their slots. */
  private readonly carrierOf = new Map<string, Set<string>>();
  private readonly threshold: number;

  constructor(private readonly model: CompiledModel) {
    const examples = trainingSet(model).map(({ intent, tokens }) => {
      const heard = new HeardText(model, { words: tokens.map((token) => token.text), tokens }, MAX_TOKENS);
      return { intent, features: featuresOf(heard.tokens, heard.typesHeard()) };
    });
    for (const { intent, features } of examples) {
      const known = this.featuresOf.get(intent) ?? new Set<string>();
      for (const feature of features.keys()) known.add(feature);
      this.featuresOf.set(intent, known);
    }
    this.network = trainNetwork(examples, CLASSIFIER_TUNING.network);
    for (const sample of [...model.samples, ...[...model.elicitations.values()].flat()]) {
      const stems = sample.parts.flatMap((part) => (part.kind === 'word' ? [part.stem] : []));
      this.stemsOf.set(sample, new Set(stems));
      if (sample.kind === 'exact') continue;
      const carrier = this.carrierOf.get(sample.intent) ?? new Set<string>();
      for (const stem of stems) carrier.add(stem);
      this.carrierOf.set(sample.intent, carrier);
    }
    this.threshold = CLASSIFIER_TUNING.fallbackThreshold[sensitivityOf(model)];
  }

  /**
   * The best intent and slots for `text`. `samples` narrows the choice, as Alexa narrows it after
   * the skill asks for one slot (Dialog.ElicitSlot): then only a value for that slot will do.
   */
  resolve(text: string, samples?: readonly Sample[]): Resolution {
    const heard = new HeardText(this.model, normalize(text), MAX_TOKENS);
    if (samples) return this.resolveElicited(heard, samples);
    const intents = this.rank(heard);
    const [top] = intents;
    // Without a declared FallbackIntent Alexa sends the closest intent, however weak.
    const best = this.inDomain(heard, top) || !this.model.intents.has(FALLBACK_INTENT) ? top : undefined;
    const runnerUp = intents.find((candidate) => candidate !== best);
    const summary = runnerUp && {
      intent: runnerUp.intent,
      sample: this.closestSample(heard, this.model.samples, runnerUp.intent) ?? '',
      score: runnerUp.score,
    };
    if (!best)
      return {
        intent: FALLBACK_INTENT,
        slots: {},
        score: top?.score ?? 0,
        sample: null,
        runnerUp: summary ?? null,
      };
    return {
      intent: best.intent,
      slots: heard.slotsFor(best.intent, this.carrierOf.get(best.intent) ?? new Set()),
      score: best.score,
      sample: this.closestSample(heard, this.model.samples, best.intent),
      runnerUp: summary ?? null,
    };
  }

  /**
   * Whether the best intent is for this skill: sure enough for the model's sensitivity, and either
   * clearly that intent or said mostly in words the model uses ("play some music" is not).
   */
  private inDomain(heard: HeardText, top: Scored | undefined): boolean {
    if (!top || top.score < this.threshold) return false;
    const { minKnownShare, clearScore } = CLASSIFIER_TUNING;
    return top.score >= clearScore || knownShare(heard.tokens, this.network.known) >= minKnownShare;
  }

  /** After Dialog.ElicitSlot: the asked intent, if the utterance holds a value for the asked slot. */
  private resolveElicited(heard: HeardText, samples: readonly Sample[]): Resolution {
    const intent = samples[0]?.intent ?? FALLBACK_INTENT;
    const asked = samples.flatMap((sample) =>
      sample.parts.flatMap((part) => (part.kind === 'slot' ? [part] : [])),
    );
    const slots = heard.slotsFor(intent, new Set());
    const answer = asked.find((part) => slots[part.slot]);
    if (!answer) return { intent: FALLBACK_INTENT, slots: {}, score: 0, sample: null, runnerUp: null };
    return {
      intent,
      slots,
      score: heard.bestSpan(answer.type)?.fill.quality ?? 0,
      sample: this.closestSample(heard, samples, intent),
      runnerUp: null,
    };
  }

  /** The candidate intents, best first: by the network's output even where every one is below 0. */
  private rank(heard: HeardText): Scored[] {
    const features = featuresOf(heard.tokens, heard.typesHeard());
    // An intent none of whose training features was said is no candidate, as in nlp.js.
    return [...this.network.scores(features)]
      .filter(([intent]) => {
        const seen = this.featuresOf.get(intent);
        return [...features.keys()].some((feature) => seen?.has(feature));
      })
      .sort((a, b) => b[1] - a[1])
      .map(([intent, score]) => ({ intent, score: Math.max(0, Math.min(1, score)) }));
  }

  /** The intent's sample sharing most words with the utterance: what the console shows as "via". */
  private closestSample(heard: HeardText, samples: readonly Sample[], intent: string): string | null {
    const said = new Set(heard.tokens.map((token) => token.stem));
    let best: { text: string; overlap: number } | undefined;
    for (const sample of samples) {
      if (sample.intent !== intent) continue;
      const stems = this.stemsOf.get(sample) ?? new Set<string>();
      const shared = [...stems].filter((stem) => said.has(stem)).length;
      const overlap = (2 * shared) / Math.max(1, stems.size + said.size);
      if (!best || overlap > best.overlap) best = { text: sample.text, overlap };
    }
    return best?.text ?? null;
  }
}

const trained = new WeakMap<CompiledModel, IntentClassifier>();

/** The classifier for a compiled model, trained on first use only. */
export function classifierFor(model: CompiledModel): IntentClassifier {
  let classifier = trained.get(model);
  if (!classifier) {
    classifier = new IntentClassifier(model);
    trained.set(model, classifier);
  }
  return classifier;
}
