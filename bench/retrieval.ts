/**
 * Free-form question lookup, timed in-process one question at a time. The retrieval module is
 * bundled first with the Lambda options, so the compiled question index is in it as on Lambda. It is
 * optional here: the bench reports "n/a" if lambda/retrieval/lookup.ts does not exist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { bundle } from './build';

type Lookup = (question: string) => unknown;

const LOOKUP_MODULE = join(__dirname, '..', 'lambda', 'retrieval', 'lookup.ts');

/** Questions people ask, in their own words, including ones the skill should decline. */
const QUESTIONS = [
  'what causes a back spasm',
  'why does my lower back spasm so easily',
  'does massage help',
  'what about magnesium',
  'when should I see a doctor',
  'can I take valium',
  'how long should I keep the ice on',
  'is heat better than cold for a pulled muscle',
  'should I stretch before or after heat',
  'the area is red and hot what do I do',
  'my knee hurts',
  'what is the weather tomorrow',
];

export async function findLookup(dir: string): Promise<Lookup | undefined> {
  if (!existsSync(LOOKUP_MODULE)) return undefined;
  const { file } = await bundle(LOOKUP_MODULE, dir, 'lookup');
  const loaded: unknown = await import(pathToFileURL(file).href);
  const lookup = typeof loaded === 'object' && loaded !== null ? Reflect.get(loaded, 'lookup') : undefined;
  return typeof lookup === 'function' ? (lookup as Lookup) : undefined;
}

/** Microseconds per lookup, `count` lookups over the questions in turn, after a warm-up. */
export function lookupTimes(lookup: Lookup, count: number): number[] {
  for (let i = 0; i < 1_000; i++) lookup(QUESTIONS[i % QUESTIONS.length] ?? '');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const question = QUESTIONS[i % QUESTIONS.length] ?? '';
    const started = performance.now();
    lookup(question);
    times.push((performance.now() - started) * 1_000);
  }
  return times;
}
