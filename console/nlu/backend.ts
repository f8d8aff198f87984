/**
 * Which offline NLU the console resolves utterances with. The sample-alignment matcher is the
 * default; BSC_NLU=classifier picks the trained intent classifier, so both can be measured with
 * the same scripts (`BSC_NLU=classifier npm run nlu-accuracy -- dev`).
 */
import { classifierFor } from './classifier/resolve';
import type { CompiledModel, Sample } from './compile-model';
import { type Resolution, resolve } from './resolve';

/** Resolves `text`; `samples` narrows the choice to one slot's samples after Dialog.ElicitSlot. */
export type Resolver = (text: string, samples?: readonly Sample[]) => Resolution;

export function resolverFor(model: CompiledModel, backend = process.env.BSC_NLU): Resolver {
  if (backend === 'classifier') {
    const classifier = classifierFor(model);
    return (text, samples) => classifier.resolve(text, samples);
  }
  if (backend !== undefined && backend !== '' && backend !== 'matcher') {
    throw new Error(`BSC_NLU=${backend}: expected matcher or classifier`);
  }
  return (text, samples) => resolve(model, text, samples);
}
