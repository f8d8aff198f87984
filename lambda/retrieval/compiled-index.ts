/**
 * The question index, compiled from the content at build time. This file is only its contract: the
 * bundler (build/bundle.ts) and the test runner (vitest.config.ts) replace the module with the
 * compiled data (build/topic-index.ts). Code that runs lambda/ from source without either gets an
 * error on its first free-form question, never a silently empty index.
 */

/** [topic's position in TOPIC_IDS, BM25 weight, 1 if the topic's title, teaser or keywords name the term]. */
export type Posting = readonly [topic: number, weight: number, curated: 0 | 1];

export interface CompiledIndex {
  /** Synonyms and their stems, each mapped to its canonical term. */
  folded: Readonly<Record<string, string>>;
  /** Each term's postings. */
  postings: Readonly<Record<string, readonly Posting[]>>;
  /** The terms that tie a question to the subject: titles, keywords, canonical synonyms. */
  anchors: readonly string[];
}

export function compiledIndex(): CompiledIndex {
  throw new Error(
    'the question index is compiled at build time: run lambda/ through build/bundle.ts or vitest',
  );
}
