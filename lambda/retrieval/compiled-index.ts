/**
 * The question index, compiled from the content. Compiling takes 15–30 ms in a cold process, so the
 * bundler (build/bundle.ts) puts the compiled data in this module's place and a Lambda only parses
 * it; run from source (tests, scripts), the index is compiled here on first use instead.
 */
import { compileTopicIndex } from '../../build/topic-index';
import type { CompiledIndex } from './index-data';

let compiled: CompiledIndex | undefined;

export function compiledIndex(): CompiledIndex {
  compiled ??= compileTopicIndex();
  return compiled;
}
