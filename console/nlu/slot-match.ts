/**
 * Fills a slot from a span of the utterance. A custom-type span resolves to the value whose synonym it
 * covers best (partial and fuzzy overlap allowed, ER_SUCCESS_MATCH); a span that covers no synonym
 * still fills the slot, weakly, with no match (ER_SUCCESS_NO_MATCH) — as Alexa does. A free-text span
 * (AMAZON.SearchQuery) takes any words that talk about the skill's subject, trusted more the more they do.
 */

import { builtInValue, isBuiltInSlotType } from './builtin-slots';
import type { CompiledModel, CustomSlotType } from './compile-model';
import { stemSimilarity } from './similarity';
import { TUNING } from './tuning';
import { FUNCTION_WEIGHT, type WeightedToken } from './weights';

export interface SpanFill {
  /** How well the span fills the slot, 0–1. */
  quality: number;
  /** Weight of the span's words this fill accounts for. */
  explained: number;
  /** Canonical value for custom types (null: no match); undefined for free-text slots. */
  match?: { id: string; name: string } | null;
  /** What Alexa sends as the value of a built-in type (AMAZON.DURATION "P2W"), instead of the words. */
  value?: string;
  /** The span names two values in different words ("stressed about moving house"). */
  mixed?: boolean;
}

interface Hit {
  phrase: number;
  position: number;
  credit: number;
}

/** Longest span a built-in type takes ("a couple of weeks", "half past eight in the evening"). */
const MAX_BUILT_IN_SPAN = 6;

/** Share of a function word's weight that dilutes a slot value it is not part of ("the" in "the ice pack"). */
const FUNCTION_DILUTION = 0.25;

/** How much of one synonym a span covers so far. */
interface Coverage {
  /** Best credit per synonym word. */
  words: number[];
  /** Sum of credit times weight over the synonym's words. */
  said: number;
  /** Whether a content word of the synonym was said. */
  contentful: boolean;
  /** Utterance weight the matching tokens carry: times their credit, and in full. */
  matched: number;
  matchedWeight: number;
  /** The first token matching, for the words wedged inside the synonym. */
  firstToken: number;
  /** The last token counted, and its credit, so a token matching two synonym words counts once. */
  lastToken: number;
  lastCredit: number;
  /** The token that last said a word of the synonym, and which word. */
  claimToken: number;
  claimPosition: number;
}

export class SpanMatcher {
  /** Per slot type, fills indexed by start * (n + 1) + end; null where the span cannot fill the slot. */
  private readonly cache = new Map<string, (SpanFill | null | undefined)[]>();
  /** Per custom type, per utterance token: the synonym words it matches. */
  private readonly hits = new Map<string, Hit[][]>();

  /** Total token weight before each position, for the weight of any run of tokens. */
  private readonly weightBefore: number[] = [0];

  constructor(
    private readonly model: CompiledModel,
    private readonly tokens: readonly WeightedToken[],
  ) {
    for (const token of tokens) this.weightBefore.push((this.weightBefore.at(-1) ?? 0) + token.weight);
  }

  /** The ends worth trying for a span of `type` from `start`; free text at the end of a sample runs to the end. */
  ends(type: string, start: number, lastPart: boolean): [first: number, last: number] {
    const n = this.tokens.length;
    const custom = this.model.slotTypes.get(type);
    if (custom) return [start + 1, Math.min(n, start + custom.maxSpan)];
    if (isBuiltInSlotType(type)) return [start + 1, Math.min(n, start + MAX_BUILT_IN_SPAN)];
    return [lastPart ? n : start + 1, n];
  }

  /** Fill slot type `type` with tokens [start, end); null when those words cannot fill it. */
  fill(type: string, start: number, end: number): SpanFill | null {
    let fills = this.cache.get(type);
    if (!fills) {
      fills = [];
      this.cache.set(type, fills);
    }
    const width = this.tokens.length + 1;
    if (fills[start * width + end] === undefined) {
      const custom = this.model.slotTypes.get(type);
      if (custom) {
        this.fillCustomFrom(custom, start, fills);
        // Longer than the type's longest span: no fill, remembered so it is not worked out again.
        fills[start * width + end] ??= null;
      } else if (isBuiltInSlotType(type)) fills[start * width + end] = this.fillBuiltIn(type, start, end);
      else fills[start * width + end] = this.fillFreeText(this.tokens.slice(start, end));
    }
    return fills[start * width + end] ?? null;
  }

  private hitsFor(type: CustomSlotType): Hit[][] {
    let hits = this.hits.get(type.name);
    if (!hits) {
      hits = this.tokens.map((token) => {
        const found: Hit[] = [];
        for (const [stem, places] of type.byStem) {
          const credit = stemSimilarity(token.stem, stem);
          if (credit > 0) for (const place of places) found.push({ ...place, credit });
        }
        return found;
      });
      this.hits.set(type.name, hits);
    }
    return hits;
  }

  /** Fills every span of a custom type starting at `start`, growing it a token at a time. */
  private fillCustomFrom(type: CustomSlotType, start: number, fills: (SpanFill | null | undefined)[]): void {
    const hits = this.hitsFor(type);
    const width = this.tokens.length + 1;
    const covered = new Map<number, Coverage>();
    let spanWeight = 0;
    let diluting = 0;
    for (let end = start + 1; end <= Math.min(this.tokens.length, start + type.maxSpan); end++) {
      const index = end - 1;
      const token = this.tokens[index];
      if (!token) break;
      spanWeight += token.weight;
      diluting += token.weight > FUNCTION_WEIGHT ? token.weight : FUNCTION_DILUTION * token.weight;
      for (const hit of hits[index] ?? []) {
        const phrase = type.phrases[hit.phrase];
        if (!phrase) continue;
        let coverage = covered.get(hit.phrase);
        if (!coverage) {
          coverage = {
            words: new Array<number>(phrase.stems.length).fill(0),
            said: 0,
            contentful: false,
            matched: 0,
            matchedWeight: 0,
            firstToken: index,
            lastToken: -1,
            lastCredit: 0,
            claimToken: -1,
            claimPosition: -1,
          };
          covered.set(hit.phrase, coverage);
        }
        const before = coverage.words[hit.position] ?? 0;
        // One spoken word says one word of the synonym: "over" is not all of "over and over".
        const claimed = coverage.claimToken === index && coverage.claimPosition !== hit.position;
        if (hit.credit > before && !claimed) {
          coverage.claimToken = index;
          coverage.claimPosition = hit.position;
          coverage.words[hit.position] = hit.credit;
          coverage.said += (hit.credit - before) * (phrase.weights[hit.position] ?? 0);
          coverage.contentful ||= phrase.contentful[hit.position] ?? false;
        }
        const counted = coverage.lastToken === index ? coverage.lastCredit : 0;
        if (hit.credit > counted) {
          coverage.matched += (hit.credit - counted) * token.weight;
          if (coverage.lastToken !== index) coverage.matchedWeight += token.weight;
          coverage.lastToken = index;
          coverage.lastCredit = hit.credit;
        }
      }
      fills[start * width + end] = this.bestValue(type, covered, spanWeight, diluting);
    }
  }

  private bestValue(
    type: CustomSlotType,
    covered: ReadonlyMap<number, Coverage>,
    spanWeight: number,
    diluting: number,
  ): SpanFill {
    let best: { phrase: number; quality: number; explained: number; first: number; last: number } | undefined;
    const named: { value: number; first: number; last: number }[] = [];
    for (const [index, coverage] of covered) {
      const phrase = type.phrases[index];
      if (!phrase || !coverage.contentful) continue;
      const said = coverage.said / phrase.total;
      if (said < TUNING.minPhraseCoverage) continue;
      named.push({ value: phrase.value, first: coverage.firstToken, last: coverage.lastToken });
      // Words around the synonym dilute the value, as in Alexa's entity resolution; "the", "a" hardly.
      const quality = said * Math.sqrt(Math.min(1, coverage.matched / diluting));
      if (!best || quality > best.quality) {
        // Words wedged inside the synonym ("lifting [a heavy] box") belong to it; words around it do not.
        const inside =
          (this.weightBefore[coverage.lastToken + 1] ?? 0) -
          (this.weightBefore[coverage.firstToken] ?? 0) -
          coverage.matchedWeight;
        const explained = coverage.matched + TUNING.absorbedExplained * inside;
        best = { phrase: index, quality, explained, first: coverage.firstToken, last: coverage.lastToken };
      }
    }
    const value = best && type.values[type.phrases[best.phrase]?.value ?? -1];
    if (!best || !value) {
      return { quality: TUNING.noMatchQuality, explained: spanWeight * TUNING.noMatchExplained, match: null };
    }
    const { first, last } = best;
    const chosen = type.phrases[best.phrase]?.value;
    const mixed = named.some((other) => other.value !== chosen && (other.last < first || other.first > last));
    return { quality: best.quality, explained: best.explained, match: value, mixed };
  }

  /** A built-in type fills a span only when all of it is such a value, and then fully. */
  private fillBuiltIn(type: string, start: number, end: number): SpanFill | null {
    const value = builtInValue(
      type,
      this.tokens.slice(start, end).map((token) => token.text),
    );
    if (value === null) return null;
    return { quality: 1, explained: (this.weightBefore[end] ?? 0) - (this.weightBefore[start] ?? 0), value };
  }

  private fillFreeText(span: readonly WeightedToken[]): SpanFill | null {
    let weight = 0;
    let content = 0;
    let onTopic = 0;
    for (const token of span) {
      weight += token.weight;
      if (token.weight <= FUNCTION_WEIGHT) continue;
      content += token.weight;
      if (this.model.vocabulary.has(token.stem)) onTopic += token.weight;
    }
    // Carrier phrases like "tell me {query}" would swallow anything; off-topic text is not for this skill.
    if (onTopic === 0) return null;
    const quality = TUNING.freeTextMaxQuality * (0.5 + (0.5 * onTopic) / content);
    return { quality, explained: weight * TUNING.onTopicExplained };
  }
}
