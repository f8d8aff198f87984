/**
 * What each part of a bundle weighs: esbuild's metafile says how many bytes of the output each input
 * file became, after minification. Inputs are grouped into the parts of the skill a reader would name.
 */
import type { Metafile } from 'esbuild';

export interface Part {
  name: string;
  bytes: number;
}

/** First match wins; what matches none is "other". Paths are relative to the repository. */
const PARTS: readonly { name: string; matches: RegExp }[] = [
  { name: 'SDK (ask-sdk-core, -runtime, -model)', matches: /(^|\/)node_modules\/ask-sdk-/ },
  { name: 'content (lambda/content)', matches: /^lambda\/content\// },
  { name: 'question index (compiled data)', matches: /^lambda\/retrieval\/compiled-index\.ts$/ },
  { name: 'retrieval code (lambda/retrieval)', matches: /^lambda\/retrieval\// },
  { name: 'timers and services (lambda/timers, services)', matches: /^lambda\/(timers|services)\// },
  { name: 'the rest of lambda/ (handlers, conversation, …)', matches: /^lambda\// },
];
const OTHER = "other (esbuild's module wrappers and helpers)";

/** Bytes per part over every JavaScript output; what esbuild adds itself (wrappers, helpers) is "other". */
export function bundleParts(metafile: Metafile): Part[] {
  const bytes = new Map<string, number>([...PARTS.map(({ name }) => [name, 0] as const), [OTHER, 0]]);
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (path.endsWith('.map')) continue;
    let attributed = 0;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = PARTS.find(({ matches }) => matches.test(input))?.name ?? OTHER;
      bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
      attributed += bytesInOutput;
    }
    bytes.set(OTHER, (bytes.get(OTHER) ?? 0) + output.bytes - attributed);
  }
  return [...bytes].map(([name, size]) => ({ name, bytes: size }));
}
