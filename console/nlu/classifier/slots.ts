/**
 * Slot values heard anywhere in the utterance, with the console's own slot machinery (SpanMatcher):
 * the span that best resolves to a value of the type. The classifier uses them twice: the types
 * heard are features, and the chosen intent's declared slots are filled from them.
 */
import type { SlotInput } from '../../envelope';
import { isBuiltInSlotType } from '../builtin-slots';
import type { CompiledModel } from '../compile-model';
import type { NormalizedText } from '../normalize';
import { type SpanFill, SpanMatcher } from '../slot-match';
import { FUNCTION_WEIGHT, type WeightedToken, weigh } from '../weights';
import { CLASSIFIER_TUNING } from './tuning';

interface Span {
  start: number;
  end: number;
  fill: SpanFill;
  /** The fill's quality, lowered for a value said in carrier words (see bestSpan). */
  rank: number;
}

/** The utterance as the classifier sees it: weighted tokens and every slot span worth a look. */
export class HeardText {
  readonly tokens: WeightedToken[];
  private readonly spans: SpanMatcher;

  constructor(
    private readonly model: CompiledModel,
    private readonly text: NormalizedText,
    maxTokens: number,
  ) {
    this.tokens = weigh(text.tokens.slice(0, maxTokens));
    this.spans = new SpanMatcher(model, this.tokens);
  }

  /**
   * The best span of `type` outside `used`: a custom value that resolves well, or a built-in value.
   * A value said only in words the intent's own samples use around their slots ("is {topic} good
   * for a back spasm": "back spasm") is likelier part of the question than its slot value: it ranks lower.
   */
  bestSpan(
    type: string,
    used: ReadonlySet<number> = new Set(),
    carrier: ReadonlySet<string> = new Set(),
  ): Span | undefined {
    let best: Span | undefined;
    const n = this.tokens.length;
    for (let start = 0; start < n; start++) {
      if (used.has(start)) continue;
      const [first, last] = this.spans.ends(type, start, false);
      for (let end = first; end <= last && !used.has(end - 1); end++) {
        const fill = this.spans.fill(type, start, end);
        if (!fill || !isHeard(fill)) continue;
        const rank = this.inCarrier(start, end, carrier)
          ? fill.quality * CLASSIFIER_TUNING.carrierValueRank
          : fill.quality;
        // Built-in values grow ("two weeks" → "for two weeks"); custom values keep the best-resolving span.
        if (!best || rank > best.rank || (rank === best.rank && end - start > best.end - best.start))
          best = { start, end, fill, rank };
      }
    }
    return best;
  }

  private inCarrier(start: number, end: number, carrier: ReadonlySet<string>): boolean {
    const content = this.tokens.slice(start, end).filter((token) => token.weight > FUNCTION_WEIGHT);
    return content.length > 0 && content.every((token) => carrier.has(token.stem));
  }

  /** Every slot type of the model with a value somewhere in the utterance. */
  typesHeard(): string[] {
    const types = new Set<string>(this.model.slotTypes.keys());
    for (const declared of this.model.slotsOf.values())
      for (const type of declared.values()) if (isBuiltInSlotType(type)) types.add(type);
    return [...types].filter((type) => this.bestSpan(type) !== undefined);
  }

  /**
   * The intent's declared slots, each from its best span; where two slots want the same words, the
   * better-ranked fill keeps them. A free-text slot (AMAZON.SearchQuery) takes the whole utterance.
   */
  slotsFor(intent: string, carrier: ReadonlySet<string>): Record<string, SlotInput> {
    const slots: Record<string, SlotInput> = {};
    const declared = [...(this.model.slotsOf.get(intent) ?? new Map<string, string>())];
    const used = new Set<number>();
    const open = declared.filter(([, type]) => this.model.slotTypes.has(type) || isBuiltInSlotType(type));
    while (open.length > 0) {
      const found = open
        .map(([slot, type], index) => ({ slot, type, index, span: this.bestSpan(type, used, carrier) }))
        .filter((candidate) => candidate.span !== undefined)
        .sort((a, b) => (b.span?.rank ?? 0) - (a.span?.rank ?? 0))[0];
      if (!found?.span) break;
      const { start, end, fill } = found.span;
      for (let k = start; k < end; k++) used.add(k);
      slots[found.slot] = {
        value: fill.value ?? this.quote(start, end),
        type: found.type,
        match: fill.match,
      };
      open.splice(found.index, 1);
    }
    for (const [slot, type] of declared) {
      if (!this.model.slotTypes.has(type) && !isBuiltInSlotType(type) && this.text.words.length > 0)
        slots[slot] = { value: this.text.words.join(' '), type };
    }
    return slots;
  }

  /** The spoken words under tokens [start, end), as a slot value. */
  private quote(start: number, end: number): string {
    const first = this.tokens[start]?.source ?? 0;
    const last = this.tokens[end - 1]?.source ?? first;
    return this.text.words.slice(first, last + 1).join(' ');
  }
}

/** A custom value that resolves (ER_SUCCESS_MATCH) well enough, or any built-in value. */
function isHeard(fill: SpanFill): boolean {
  if (fill.value !== undefined) return true;
  return fill.match !== undefined && fill.match !== null && fill.quality >= CLASSIFIER_TUNING.slotQuality;
}
