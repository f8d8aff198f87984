/** The compiled question index (see compiled-index.ts), ready for lookups once the first question asks. */
import { compiledIndex } from './compiled-index';
import type { Posting } from './index-data';
import { type TermOf, termFunction } from './terms';

export interface TopicIndex {
  termOf: TermOf;
  postings: ReadonlyMap<string, readonly Posting[]>;
  anchors: ReadonlySet<string>;
}

let ready: TopicIndex | undefined;

/** Maps, not the compiled objects, so a word like "constructor" can never reach a prototype. */
export function topicIndex(): TopicIndex {
  if (!ready) {
    const compiled = compiledIndex();
    ready = {
      termOf: termFunction(compiled.folded),
      postings: new Map(Object.entries(compiled.postings)),
      anchors: new Set(compiled.anchors),
    };
  }
  return ready;
}
