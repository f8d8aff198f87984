/**
 * Cold start: a fresh node process that loads a bundle and answers one request, timed from spawn to
 * exit. Runs are interleaved so that a busy moment on the (shared) machine hits every target alike.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** What Lambda runs with: the CDK stack sets this, so the bundle's source map is loaded at start. */
const LAMBDA_NODE_OPTIONS = '--enable-source-maps';

/**
 * Loads the bundle named in argv[1], answers the event in argv[2], and fails unless Alexa would speak.
 * It first writes to stdout, as Lambda's runtime does (its START line) before any handler loads: node
 * sets stdout up on first use, and that cost belongs to the runtime, not to the first skill that logs.
 */
const ANSWER_ONE = `process.stdout.write('START\\n');
require(process.argv[1]).handler(require(process.argv[2]))
  .then((r) => { if (!r.response.outputSpeech) process.exit(2); });`;

export interface ColdStartTarget {
  name: string;
  args: readonly string[];
}

export function answerOne(name: string, bundleFile: string, eventFile: string): ColdStartTarget {
  return { name, args: ['-e', ANSWER_ONE, bundleFile, eventFile] };
}

export const BARE_NODE: ColdStartTarget = { name: 'node -e 0', args: ['-e', '0'] };

function timeOnce(target: ColdStartTarget): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, target.args, {
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: LAMBDA_NODE_OPTIONS },
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
