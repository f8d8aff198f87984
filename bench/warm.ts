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
  // Each probe says so once it has loaded its bundle and warmed up.
  await Promise.all(probes.map(({ probe }) => nextMessage(probe)));
  for (let batch = 0; batch < BATCHES; batch++) {
    for (const entry of probes) {
      const answer = await ask(entry.probe, { count: Math.ceil(count / BATCHES) });
      if ('latenciesMs' in answer) entry.latenciesMs.push(...answer.latenciesMs);
    }
  }
  const results = new Map<string, WarmResult>();
  for (const { target, probe, latenciesMs } of probes) {
    const answer = await ask(probe, { done: true });
    results.set(target.name, {
      latenciesMs,
      peakRssBytes: 'peakRssBytes' in answer ? answer.peakRssBytes : Number.NaN,
    });
  }
  return results;
}
