/**
 * Resolves an utterance to an intent and slots against a compiled interaction model.
 *
 * Each sample is aligned to the utterance in order (a small dynamic programme): sample words meet
 * utterance words by stem, near miss or model synonym; slot placeholders take a span of the utterance.
 * Two coverages come out: how much of the sample the utterance said, and how much of the utterance the
 * sample explains. Their weighted geometric mean is the score. Ranking handicaps slot samples a little
 * and free-text carriers more, so exact samples win close calls. Below the threshold: AMAZON.FallbackIntent.
 */
import type { SlotInput } from '../envelope';
import { isBuiltInSlotType } from './builtin-slots';
import { type CompiledModel, FALLBACK_INTENT, type Sample } from './compile-model';
import { normalize } from './normalize';
import { stemSimilarity } from './similarity';
import { SpanMatcher } from './slot-match';
import { TUNING } from './tuning';
import { type WeightedToken, weigh } from './weights';

export interface Resolution {
  intent: string;
  /** Filled slots only, with their spoken value and entity resolution. */
  slots: Record<string, SlotInput>;
  /** 0–1; the fallback carries the best sample's score. */
  score: number;
  /** The sample utterance that matched; null for the fallback. */
  sample: string | null;
  /** The best sample of another intent, to show how close the call was. */
  runnerUp: { intent: string; sample: string; score: number } | null;
}

/** Alexa listens for about ten seconds a turn: no one says more words than this in one utterance. */
const MAX_TOKENS = 50;

/** Samples that cannot reach this score are not aligned at all. */
const NOT_WORTH_ALIGNING = 0.25;

enum Step {
  None,
  SkipToken,
  SkipPart,
  MatchWord,
  FillSlot,
}

interface Candidate {
  sample: Sample;
  score: number;
  slots: Record<string, SlotInput>;
  /** Utterance tokens the in-order alignment used: the rest may still hold slot values (see spotSlots). */
  aligned: ReadonlySet<number>;
  /** Of those, the ones a custom slot value took: a built-in value (a duration) may still be there. */
  inSlots: ReadonlySet<number>;
  /** Slots whose words name two values: unresolved, and not to be filled again elsewhere. */
  mixed: ReadonlySet<string>;
}

/** The utterance being resolved, with what all samples share: word credits, slot fills, the DP table. */
class Utterance {
  readonly tokens: WeightedToken[];
  readonly mass: number;
  readonly spans: SpanMatcher;
  readonly width: number;
  readonly value: Float64Array;
  readonly step: Uint8Array;
  readonly from: Int32Array;
  /** Per token and model word: the credit, or -1 until first asked. */
  private readonly credits: Float32Array;
  /** Per model word: the best credit any token earns, and the utterance weight that token carries. */
  private readonly bestCredits: Float32Array;
  private readonly bestWeights: Float32Array;
  private readonly bestFills = new Map<string, number>();

  constructor(
    private readonly model: CompiledModel,
    readonly words: string[],
    tokens: WeightedToken[],
  ) {
    this.tokens = tokens;
    const said = tokens.reduce((sum, token) => sum + token.weight, 0);
    this.mass =
      said <= TUNING.longStoryMass
        ? said
        : TUNING.longStoryMass + (said - TUNING.longStoryMass) * TUNING.longStoryRate;
    this.spans = new SpanMatcher(model, tokens);
    this.width = tokens.length + 1;
    const cells = (model.maxParts + 1) * this.width;
    this.value = new Float64Array(cells);
    this.step = new Uint8Array(cells);
    this.from = new Int32Array(cells);
    this.credits = new Float32Array(tokens.length * model.words.length).fill(-1);
    this.bestCredits = new Float32Array(model.words.length).fill(-1);
    this.bestWeights = new Float32Array(model.words.length);
  }

  /** How well token `index` says model word `word` (a stem), 0–1. */
  credit(index: number, word: number): number {
    const cell = index * this.model.words.length + word;
    let credit = this.credits[cell] ?? 0;
    if (credit < 0) {
      const token = this.tokens[index];
      const stem = this.model.words[word] ?? '';
      credit = token
        ? stemSimilarity(token.stem, stem) ||
          (this.model.related.get(stem)?.has(token.stem) ? TUNING.relatedCredit : 0)
        : 0;
      this.credits[cell] = credit;
    }
    return credit;
  }

  /** The best credit any token earns for model word `word`, and that token's weight times the credit. */
  bestCredit(word: number): [credit: number, explained: number] {
    if ((this.bestCredits[word] ?? 0) < 0) {
      let best = 0;
      let weight = 0;
      this.tokens.forEach((token, index) => {
        const credit = this.credit(index, word);
        if (credit > best || (credit === best && credit * token.weight > weight)) {
          best = credit;
          weight = credit * token.weight;
        }
      });
      this.bestCredits[word] = best;
      this.bestWeights[word] = weight;
    }
    return [this.bestCredits[word] ?? 0, this.bestWeights[word] ?? 0];
  }

  /** The best quality any span of the utterance fills a slot of `type` with (0 if none can). */
  bestFill(type: string): number {
    let best = this.bestFills.get(type);
    if (best === undefined) {
      best = 0;
      for (let start = 0; start < this.tokens.length; start++) {
        const [first, last] = this.spans.ends(type, start, false);
        for (let end = first; end <= last; end++)
          best = Math.max(best, this.spans.fill(type, start, end)?.quality ?? 0);
      }
      this.bestFills.set(type, best);
    }
    return best;
  }

  /** The spoken words under tokens [start, end), as a slot value. */
  quote(start: number, end: number): string {
    const first = this.tokens[start]?.source ?? 0;
    const last = this.tokens[end - 1]?.source ?? first;
    return this.words.slice(first, last + 1).join(' ');
  }
}

/**
 * An upper bound on the sample's score: every word it has found somewhere, every slot filled as
 * well as its best span could fill it, and (without slots) no utterance word explained but those its
 * words found.
 */
function bound(sample: Sample, utterance: Utterance): number {
  let reachable = 0;
  let explainable = 0;
  for (const part of sample.parts) {
    if (part.kind === 'slot') {
      reachable += part.weight * utterance.bestFill(part.type);
      explainable = utterance.mass;
      continue;
    }
    const [credit, explained] = utterance.bestCredit(part.word);
    reachable += credit * part.weight;
    explainable += explained;
  }
  const sampleSide = Math.min(1, reachable / sample.mass);
  const utteranceSide = Math.min(1, explainable / utterance.mass);
  return sampleSide ** TUNING.sampleShare * utteranceSide ** (1 - TUNING.sampleShare);
}

/** Share of their weight that words skipped after the sample's first `row` parts cost. */
function gapPenalty({ parts }: Sample, row: number): number {
  const before = parts[row - 1];
  const after = parts[row];
  if (!before || !after) return 0;
  return before.kind === 'slot' || after.kind === 'slot' ? TUNING.slotGapPenalty : TUNING.gapPenalty;
}

/** Fills the DP table with the best in-order alignment of the sample's parts (rows) to the tokens (columns). */
function align(sample: Sample, utterance: Utterance): void {
  const { parts, mass: sampleMass } = sample;
  const { tokens, width, value } = utterance;
  const n = tokens.length;
  value.fill(Number.NEGATIVE_INFINITY, 0, (parts.length + 1) * width);
  // What a step earns: its share of the sample said, and of the utterance explained.
  const sampleRate = TUNING.sampleShare / sampleMass;
  const utteranceRate = (1 - TUNING.sampleShare) / utterance.mass;
  value[0] = 0;
  skipTokens(sample, utterance, 0, utteranceRate);
  for (let j = 0; j < parts.length; j++) {
    const part = parts[j];
    if (!part) continue;
    const next = (j + 1) * width;
    for (let i = 0; i <= n; i++) {
      const here = value[j * width + i] ?? Number.NEGATIVE_INFINITY;
      if (here === Number.NEGATIVE_INFINITY) continue;
      // A free-text sample is its carrier phrase plus the free text: without either it is not that sample.
      if (sample.kind !== 'search') relax(utterance, next + i, here, Step.SkipPart, i);
      if (part.kind === 'word') {
        const credit = i < n ? utterance.credit(i, part.word) : 0;
        if (credit > 0) {
          const gain = credit * (part.weight * sampleRate + (tokens[i]?.weight ?? 0) * utteranceRate);
          relax(utterance, next + i + 1, here + gain, Step.MatchWord, i);
        }
      } else {
        const [first, last] = utterance.spans.ends(part.type, i, j === parts.length - 1);
        for (let end = first; end <= last; end++) {
          const fill = utterance.spans.fill(part.type, i, end);
          if (!fill) continue;
          const gain = part.weight * fill.quality * sampleRate + fill.explained * utteranceRate;
          relax(utterance, next + end, here + gain, Step.FillSlot, i);
        }
      }
    }
    skipTokens(sample, utterance, j + 1, utteranceRate);
  }
}

function relax(utterance: Utterance, cell: number, candidate: number, how: Step, previous: number): void {
  if (candidate > (utterance.value[cell] ?? 0) + 1e-12) {
    utterance.value[cell] = candidate;
    utterance.step[cell] = how;
    utterance.from[cell] = previous;
  }
}

/** Skipping utterance words in row `row` costs a share of their weight. */
function skipTokens(sample: Sample, utterance: Utterance, row: number, utteranceRate: number): void {
  const share = gapPenalty(sample, row) * utteranceRate;
  const { tokens, width, value } = utterance;
  for (let i = 0; i < tokens.length; i++) {
    const penalty = share * (tokens[i]?.weight ?? 0);
    relax(utterance, row * width + i + 1, (value[row * width + i] ?? 0) - penalty, Step.SkipToken, i);
  }
}

/** Walks the best alignment back, totals both coverages into the score and collects the slot fills. */
function trace(sample: Sample, utterance: Utterance): Candidate {
  const { parts } = sample;
  const { tokens, width, step, from } = utterance;
  let sampleSaid = 0;
  let wordsSaid = 0;
  let explained = 0;
  const slots: Record<string, SlotInput> = {};
  const missed: string[] = [];
  const used = new Set<number>();
  const inSlots = new Set<number>();
  const mixed = new Set<string>();
  const reordered = new Set<number>();
  let j = parts.length;
  let i = tokens.length;
  while (j > 0 || i > 0) {
    const cell = j * width + i;
    const how: Step = j === 0 ? Step.SkipToken : (step[cell] ?? Step.None);
    const previous = from[cell] ?? 0;
    const part = parts[j - 1];
    if (how === Step.SkipToken) {
      explained -= gapPenalty(sample, j) * (tokens[i - 1]?.weight ?? 0);
      i -= 1;
      continue;
    }
    if (how === Step.MatchWord && part?.kind === 'word') {
      const credit = utterance.credit(previous, part.word);
      sampleSaid += credit * part.weight;
      explained += credit * (tokens[previous]?.weight ?? 0);
      wordsSaid += 1;
      used.add(previous);
    } else if (how === Step.FillSlot && part?.kind === 'slot') {
      const fill = utterance.spans.fill(part.type, previous, i);
      sampleSaid += part.weight * (fill?.quality ?? 0);
      explained += fill?.explained ?? 0;
      // A slot that begins or ends the sample takes the words before or after it too, as Alexa's
      // tagger does; if they name another value ("[stressed about] moving house", "too much [stress
      // in exams]"), entity resolution matches neither.
      const start = j === 1 && utterance.spans.fill(part.type, 0, i)?.mixed ? 0 : previous;
      const takesTheRest = j === parts.length && utterance.spans.fill(part.type, start, tokens.length)?.mixed;
      const end = takesTheRest ? tokens.length : i;
      if (start !== previous || end !== i || fill?.mixed) mixed.add(part.slot);
      // Words that matched no value may still hold another slot's value (see spotSlots).
      if (fill?.match !== null) {
        const custom = !isBuiltInSlotType(part.type);
        for (let k = start; k < end; k++) {
          used.add(k);
          if (custom) inSlots.add(k);
        }
      }
      slots[part.slot] = {
        value: fill?.value ?? utterance.quote(start, end),
        type: part.type,
        match:
          mixed.has(part.slot) || (fill?.match && fill.quality < TUNING.minResolvedQuality)
            ? null
            : fill?.match,
      };
    } else if (part?.kind === 'word') {
      missed.push(part.stem);
    }
    j -= 1;
    i = previous;
  }
  // Small word-order variety: a skipped sample word said elsewhere still counts, for less.
  for (const stem of missed) {
    const index = tokens.findIndex((token, k) => !used.has(k) && !reordered.has(k) && token.stem === stem);
    const token = tokens[index];
    const part = parts.find((candidate) => candidate.kind === 'word' && candidate.stem === stem);
    if (!token || !part) continue;
    // Credited, but out of order: a slot value there ("picked up") may still be heard.
    reordered.add(index);
    sampleSaid += TUNING.reorderedCredit * part.weight;
    wordsSaid += 1;
    explained += TUNING.reorderedCredit * token.weight;
  }
  // None of a sample's words said ("about {topic}" for "magnesium") leaves only its slot: no evidence of that sample.
  if (wordsSaid === 0 && parts.some((part) => part.kind === 'word'))
    return { sample, score: 0, slots, aligned: used, inSlots, mixed };
  const sampleCoverage = Math.min(1, sampleSaid / sample.mass);
  const utteranceCoverage = Math.max(0, Math.min(1, explained / utterance.mass));
  const score = sampleCoverage ** TUNING.sampleShare * utteranceCoverage ** (1 - TUNING.sampleShare);
  return { sample, score, slots, aligned: used, inSlots, mixed };
}

/**
 * Alexa tags slot values with a statistical model trained on the samples, so a value is heard in a
 * carrier phrase no sample has ("i bent over to grab a box and it seized up, ice or heat?"). This
 * stands in for it: each slot of the chosen intent that its sample left empty, or filled with words
 * matching no value, takes the span of the leftover words that best resolves to one of its type's
 * values, if one resolves well.
 */
function spotSlots(model: CompiledModel, utterance: Utterance, best: Candidate): Record<string, SlotInput> {
  const slots = { ...best.slots };
  const declared = model.slotsOf.get(best.sample.intent) ?? new Map<string, string>();
  const n = utterance.tokens.length;
  const typesSeen = new Set<string>();
  for (const [slot, type] of declared) {
    // A value heard outside the samples goes to the intent's first slot of its type; a second one
    // (the activity in "my back went while I was …") is filled only by its own samples.
    if (typesSeen.has(type)) continue;
    typesSeen.add(type);
    // An empty slot, or one whose words matched no value, may yet be heard elsewhere.
    if ((slots[slot]?.match !== null && slots[slot] !== undefined) || best.mixed.has(slot)) continue;
    if (!isSpottable(model, type)) continue;
    // A built-in value parses exactly ("since ten days"), so it may be heard in words a custom slot took.
    const taken = (k: number) => best.aligned.has(k) && !(isBuiltInSlotType(type) && best.inSlots.has(k));
    let found: { start: number; end: number; quality: number } | undefined;
    for (let start = 0; start < n; start++) {
      if (taken(start)) continue;
      const [first, last] = utterance.spans.ends(type, start, false);
      for (let end = first; end <= last && !taken(end - 1); end++) {
        const fill = utterance.spans.fill(type, start, end);
        if (!fill || fill.match === null || fill.quality < TUNING.spotQuality) continue;
        if (!found || fill.quality > found.quality) found = { start, end, quality: fill.quality };
      }
    }
    if (!found) continue;
    const fill = utterance.spans.fill(type, found.start, found.end);
    slots[slot] = { value: fill?.value ?? utterance.quote(found.start, found.end), type, match: fill?.match };
  }
  return slots;
}

/** Custom and built-in types have values to spot; free text (AMAZON.SearchQuery) does not. */
function isSpottable(model: CompiledModel, type: string): boolean {
  return model.slotTypes.has(type) || isBuiltInSlotType(type);
}

const ranking = (sample: Sample, score: number) => score - TUNING.kindHandicap[sample.kind];

function better(a: Candidate, b: Candidate | undefined): boolean {
  return !b || ranking(a.sample, a.score) > ranking(b.sample, b.score) + 1e-9;
}

/**
 * The best intent and slots for `text`. `samples` narrows the choice, as Alexa narrows it after the
 * skill asks for one slot (Dialog.ElicitSlot): then only that slot's samples are tried.
 */
export function resolve(
  model: CompiledModel,
  text: string,
  samples: readonly Sample[] = model.samples,
): Resolution {
  const { words, tokens: all } = normalize(text);
  const tokens = all.slice(0, MAX_TOKENS);
  const utterance = new Utterance(model, words, weigh(tokens));
  const bestByIntent = new Map<string, Candidate>();
  if (tokens.length > 0) {
    // Branch and bound: the most promising samples first; stop once no sample left can beat the
    // best so far, or the best of its own intent (which the runner-up needs).
    const ceilings = samples
      .map((sample) => ({ sample, ceiling: ranking(sample, bound(sample, utterance)) }))
      .filter(({ ceiling }) => ceiling >= NOT_WORTH_ALIGNING - TUNING.kindHandicap.search)
      .sort((a, b) => b.ceiling - a.ceiling);
    let second = Number.NEGATIVE_INFINITY;
    for (const { sample, ceiling } of ceilings) {
      if (ceiling <= second) break;
      const best = bestByIntent.get(sample.intent);
      if (best && ceiling <= ranking(best.sample, best.score)) continue;
      align(sample, utterance);
      const candidate = trace(sample, utterance);
      if (!better(candidate, best)) continue;
      bestByIntent.set(sample.intent, candidate);
      const intents = [...bestByIntent.values()]
        .map((found) => ranking(found.sample, found.score))
        .sort((x, y) => y - x);
      second = intents[1] ?? Number.NEGATIVE_INFINITY;
    }
  }
  const ranked = [...bestByIntent.values()].sort(
    (a, b) => ranking(b.sample, b.score) - ranking(a.sample, a.score),
  );
  // Without a declared FallbackIntent Alexa sends the closest intent, however weak.
  const inDomain = model.intents.has(FALLBACK_INTENT)
    ? ranked.filter((candidate) => candidate.score >= model.fallbackThreshold)
    : ranked;
  const [best] = inDomain;
  const summary = (candidate: Candidate | undefined) =>
    candidate
      ? { intent: candidate.sample.intent, sample: candidate.sample.text, score: candidate.score }
      : null;
  const runnerUp = summary(ranked.find((candidate) => candidate !== best));
  if (!best)
    return { intent: FALLBACK_INTENT, slots: {}, score: ranked[0]?.score ?? 0, sample: null, runnerUp };
  return {
    intent: best.sample.intent,
    slots: spotSlots(model, utterance, best),
    score: best.score,
    sample: best.sample.text,
    runnerUp,
  };
}
