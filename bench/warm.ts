/**
 * Warm latency and peak memory: one warm probe process per skill, fed batches of requests in turn,
 * so that load from other work on the machine falls on every skill alike.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { ProbeCommand, ProbeReply } from './probes/warm-probe';

export interface WarmTarget {
  name: string;
  bundleFile: string;
  conversations: RequestEnvelope[][];
}

export interface WarmResult {
  latenciesMs: number[];
  /** Requests EARLY.from to EARLY.to of the warm-up (bench/probes/warm-probe.ts): the JIT still settling. */
  earlyLatenciesMs: number[];
  peakRssBytes: number;
}

const BATCHES = 10;

/** The probe's next message; its exit before then is an error. */
function nextMessage(probe: ChildProcess): Promise<ProbeReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ProbeReply): void => {
      probe.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null): void => {
      probe.off('message', onMessage);
      reject(new Error(`warm probe exited with ${code}`));
    };
    probe.once('message', onMessage);
    probe.once('exit', onExit);
  });
}

function ask(probe: ChildProcess, command: ProbeCommand): Promise<ProbeReply> {
  const answer = nextMessage(probe);
  probe.send(command);
  return answer;
}

/**
 * `count` requests per target in batches, interleaved; the skills' own log lines go nowhere, as
 * fast as a pipe to Lambda's log agent would take them.
 */
export async function warmRuns(
  probeFile: string,
  targets: readonly WarmTarget[],
  count: number,
  dir: string,
): Promise<Map<string, WarmResult>> {
  const probes = targets.map((target, index) => {
    const requests = join(dir, `warm-${index}.json`);
    writeFileSync(requests, JSON.stringify(target.conversations));
    const probe = fork(probeFile, [target.bundleFile, requests], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // A plain node: without this, fork passes on the bench's own tsx loader flags.
      execArgv: [],
      env: { PATH: process.env.PATH ?? '' },
    });
    return { target, probe, latenciesMs: [] as number[] };
  });
  // One at a time, so that each skill's early requests have the cores to themselves.
  const early: ProbeReply[] = [];
  for (const { probe } of probes) early.push(await ask(probe, { warmUp: true }));
  for (let batch = 0; batch < BATCHES; batch++) {
    for (const entry of probes) {
      const answer = await ask(entry.probe, { count: Math.ceil(count / BATCHES) });
      if ('latenciesMs' in answer) entry.latenciesMs.push(...answer.latenciesMs);
    }
  }
  const results = new Map<string, WarmResult>();
  for (const [index, { target, probe, latenciesMs }] of probes.entries()) {
    const answer = await ask(probe, { done: true });
    const warming = early[index];
    results.set(target.name, {
      latenciesMs,
      earlyLatenciesMs: warming && 'latenciesMs' in warming ? warming.latenciesMs : [],
      peakRssBytes: 'peakRssBytes' in answer ? answer.peakRssBytes : Number.NaN,
    });
  }
  return results;
}
