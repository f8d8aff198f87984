/** The shape of the compiled question index (see compiled-index.ts and build/topic-index.ts). */

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
