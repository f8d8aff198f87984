/**
 * Reads `interaction-model/<locale>.json` once and precompiles it for fast matching: every sample
 * utterance becomes a sequence of weighted words and slot placeholders, every custom slot type an
 * index from word stems to the synonyms that contain them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { v1 } from 'ask-smapi-model';
import { MODEL_DIR, type SupportedLocale } from '../../build/config';
import { isBuiltInSlotType } from './builtin-slots';
import { BUILT_IN_PHRASES } from './builtins';
import { normalize } from './normalize';
import { TUNING } from './tuning';
import { isContentWord, wordWeight } from './weights';

export type SamplePart =
  /** `word` is the word's index in CompiledModel.words, so matching can cache per word in flat arrays. */
  | { kind: 'word'; text: string; stem: string; word: number; weight: number }
  | { kind: 'slot'; slot: string; type: string; freeText: boolean; weight: number };

/** exact: words only; slot: has custom-type slots; search: has a free-text slot (AMAZON.SearchQuery). */
export type SampleKind = 'exact' | 'slot' | 'search';

export interface Sample {
  intent: string;
  text: string;
  kind: SampleKind;
  parts: SamplePart[];
  /** Total weight of the parts. */
  mass: number;
}

/** One value or synonym of a custom slot type, as stems weighted by how much they single out the value. */
export interface SlotPhrase {
  value: number;
  stems: string[];
  weights: number[];
  total: number;
  /** Whether the phrase has a content word: function words alone never resolve a value. */
  contentful: boolean[];
}

export interface CustomSlotType {
  name: string;
  values: { id: string; name: string }[];
  phrases: SlotPhrase[];
  /**
   * Longest span the slot takes: a few words past its longest synonym. Words that match no value
   * still fill it (ER_SUCCESS_NO_MATCH), but a body part is not ten words long.
   */
  maxSpan: number;
  /** Stem → every (phrase, position) holding it. */
  byStem: Map<string, { phrase: number; position: number }[]>;
}

export interface CompiledModel {
  locale: SupportedLocale;
  invocationName: string;
  /** Intent → the slot names it declares (an IntentRequest lists them all, filled or not). */
  intents: Map<string, string[]>;
  /** Intent → its slots' types, by slot name. */
  slotsOf: Map<string, Map<string, string>>;
  samples: Sample[];
  /** Custom types only; a slot whose type is missing here (AMAZON.SearchQuery…) takes free text. */
  slotTypes: Map<string, CustomSlotType>;
  /** Content-word stems the model uses anywhere: free-text slots about the skill's subject mention them. */
  vocabulary: Set<string>;
  /** Stem → stems the model lists as one-word synonyms of the same slot value ("cold" ↔ "ice"). */
  related: Map<string, Set<string>>;
  /** Samples for answering the skill's own question about a slot (Dialog.ElicitSlot), by "intent.slot". */
  elicitations: Map<string, Sample[]>;
  /** Below this score an utterance is out of domain, per the model's fallbackIntentSensitivity. */
  fallbackThreshold: number;
  /** Most parts in any sample, to size the alignment table once. */
  maxParts: number;
  /** Every distinct stem sample words use. */
  words: string[];
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

type LanguageModel = v1.skill.interactionModel.LanguageModel;
type ModelFile = v1.skill.interactionModel.InteractionModelData;

function compileSlotType(type: v1.skill.interactionModel.SlotType): CustomSlotType {
  const values = (type.values ?? []).map((value) => ({
    id: value.id ?? value.name.value,
    name: value.name.value,
  }));
  const raw = (type.values ?? []).flatMap((value, index) =>
    [value.name.value, ...value.name.synonyms].map((phrase) => ({
      value: index,
      tokens: normalize(phrase).tokens,
    })),
  );
  // A stem shared by many values ("muscle", "spasm") says little about which value was meant.
  const valuesByStem = new Map<string, Set<number>>();
  for (const { value, tokens } of raw) {
    for (const token of tokens)
      valuesByStem.set(token.stem, (valuesByStem.get(token.stem) ?? new Set()).add(value));
  }
  const idf = (stem: string): number => {
    const df = valuesByStem.get(stem)?.size ?? 1;
    return values.length > 1 ? Math.log(1 + values.length / df) / Math.log(1 + values.length) : 1;
  };
  const phrases = raw.map(({ value, tokens }) => {
    // Inside a slot value, a little word still names it: "days" is not "all day".
    const weights = tokens.map(
      (token) => Math.max(wordWeight(token), TUNING.slotFunctionWeight) * idf(token.stem),
    );
    return {
      value,
      stems: tokens.map((token) => token.stem),
      weights,
      total: weights.reduce((sum, weight) => sum + weight, 0),
      contentful: tokens.map((token) => isContentWord(token)),
    };
  });
  const byStem = new Map<string, { phrase: number; position: number }[]>();
  phrases.forEach((phrase, index) => {
    phrase.stems.forEach((stem, position) => {
      const hits = byStem.get(stem) ?? [];
      hits.push({ phrase: index, position });
      byStem.set(stem, hits);
    });
  });
  const longest = Math.max(1, ...phrases.map((phrase) => phrase.stems.length));
  return { name: type.name, values, phrases, byStem, maxSpan: Math.min(10, longest + 3) };
}

function compileSample(
  intent: string,
  text: string,
  slotTypeOf: ReadonlyMap<string, string>,
  customTypes: ReadonlyMap<string, CustomSlotType>,
  words: Map<string, number>,
): Sample {
  const parts: SamplePart[] = [];
  for (const chunk of text.split(/(\{[^}]+\})/)) {
    const slot = /^\{(.+)\}$/.exec(chunk)?.[1];
    if (slot) {
      const type = slotTypeOf.get(slot);
      if (!type) throw new Error(`${intent}: sample "${text}" uses undeclared slot {${slot}}`);
      const builtIn = isBuiltInSlotType(type);
      const freeText = !customTypes.has(type) && !builtIn;
      parts.push({
        kind: 'slot',
        slot,
        type,
        freeText,
        weight: freeText ? TUNING.freeTextSlotWeight : TUNING.slotWeight,
      });
      continue;
    }
    for (const token of normalize(chunk).tokens) {
      if (!words.has(token.stem)) words.set(token.stem, words.size);
      const word = words.get(token.stem) ?? 0;
      parts.push({ kind: 'word', text: token.text, stem: token.stem, word, weight: wordWeight(token) });
    }
  }
  const slots = parts.filter((part) => part.kind === 'slot');
  const kind: SampleKind = slots.some((part) => part.freeText)
    ? 'search'
    : slots.length > 0
      ? 'slot'
      : 'exact';
  return { intent, text, kind, parts, mass: parts.reduce((sum, part) => sum + part.weight, 0) };
}

export function compileModel(locale: SupportedLocale, languageModel: LanguageModel): CompiledModel {
  const slotTypes = new Map((languageModel.types ?? []).map((type) => [type.name, compileSlotType(type)]));
  const intents = new Map<string, string[]>();
  const slotsOf = new Map<string, Map<string, string>>();
  const samples: Sample[] = [];
  const words = new Map<string, number>();
  for (const intent of languageModel.intents) {
    const slotTypeOf = new Map(
      (intent.slots ?? []).map((slot) => [slot.name, slot.type ?? 'AMAZON.SearchQuery']),
    );
    intents.set(intent.name, [...slotTypeOf.keys()]);
    slotsOf.set(intent.name, slotTypeOf);
    for (const text of [...(intent.samples ?? []), ...(BUILT_IN_PHRASES[intent.name] ?? [])]) {
      samples.push(compileSample(intent.name, text, slotTypeOf, slotTypes, words));
    }
  }
  const elicitations = new Map<string, Sample[]>();
  for (const intent of languageModel.intents) {
    const slotTypeOf = new Map(
      (intent.slots ?? []).map((slot) => [slot.name, slot.type ?? 'AMAZON.SearchQuery']),
    );
    for (const slot of intent.slots ?? []) {
      if (!slot.samples?.length) continue;
      elicitations.set(
        `${intent.name}.${slot.name}`,
        slot.samples.map((text) => compileSample(intent.name, text, slotTypeOf, slotTypes, words)),
      );
    }
  }
  const vocabulary = new Set<string>();
  const addWords = (text: string) => {
    for (const token of normalize(text).tokens) if (isContentWord(token)) vocabulary.add(token.stem);
  };
  for (const intent of languageModel.intents)
    for (const text of intent.samples ?? []) addWords(text.replace(/\{[^}]+\}/g, ' '));
  for (const type of languageModel.types ?? []) {
    for (const value of type.values ?? [])
      for (const text of [value.name.value, ...value.name.synonyms]) addWords(text);
  }
  return {
    locale,
    invocationName: languageModel.invocationName,
    intents,
    slotsOf,
    samples,
    slotTypes,
    vocabulary,
    related: relatedWords(slotTypes.values()),
    elicitations,
    fallbackThreshold:
      TUNING.fallbackThreshold[languageModel.modelConfiguration?.fallbackIntentSensitivity?.level ?? 'LOW'],
    maxParts: Math.max(
      0,
      ...[...samples, ...[...elicitations.values()].flat()].map((sample) => sample.parts.length),
    ),
    words: [...words.keys()],
  };
}

function relatedWords(types: Iterable<CustomSlotType>): Map<string, Set<string>> {
  const related = new Map<string, Set<string>>();
  for (const type of types) {
    const oneWordByValue = new Map<number, string[]>();
    for (const phrase of type.phrases) {
      if (phrase.stems.length !== 1 || !phrase.contentful[0]) continue;
      oneWordByValue.set(phrase.value, [...(oneWordByValue.get(phrase.value) ?? []), ...phrase.stems]);
    }
    for (const stems of oneWordByValue.values()) {
      for (const stem of stems) {
        const others = related.get(stem) ?? new Set<string>();
        for (const other of stems) if (other !== stem) others.add(other);
        related.set(stem, others);
      }
    }
  }
  return related;
}

const cache = new Map<SupportedLocale, CompiledModel>();

/** The compiled model for a locale, read and compiled on first use only. */
export function loadModel(locale: SupportedLocale): CompiledModel {
  const cached = cache.get(locale);
  if (cached) return cached;
  const file: ModelFile = JSON.parse(readFileSync(join(MODEL_DIR, `${locale}.json`), 'utf8'));
  const model = compileModel(locale, file.interactionModel.languageModel);
  cache.set(locale, model);
  return model;
}
