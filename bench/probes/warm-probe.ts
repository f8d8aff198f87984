/**
 * Forked by the bench (bundled first) with a skill bundle and a file of conversations. Each message
 * `{ count }` replays conversations until `count` requests are answered, carrying session attributes
 * from turn to turn like a device, and replies with each request's latency; `{ warmUp: true }` first
 * replays WARM_UP requests and replies with the latencies of the early ones (EARLY); `{ done: true }` replies
 * with the process's peak RSS and exits. The bench alternates batches between skills, so a busy
 * moment on a shared machine slows every skill alike.
 *   fork(warm-probe.js, [<bundle>, <conversations.json>])
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { EARLY, WARM_UP } from './warm-up';

export type ProbeCommand = { warmUp: true } | { count: number } | { done: true };
export type ProbeReply = { latenciesMs: number[] } | { peakRssBytes: number };

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

async function replay(
  handler: Handler,
  conversations: RequestEnvelope[][],
  count: number,
): Promise<number[]> {
  const latencies: number[] = [];
  while (latencies.length < count) {
    for (const conversation of conversations) {
      let attributes: Record<string, unknown> = {};
      for (const request of conversation) {
        if (request.session) request.session.attributes = request.session.new ? {} : attributes;
        const started = performance.now();
        const response = await handler(request);
        latencies.push(performance.now() - started);
        attributes = response.sessionAttributes ?? {};
      }
    }
  }
  return latencies.slice(0, count);
}

function reply(message: ProbeReply): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const [bundleFile, conversationsFile] = process.argv.slice(2);
  if (!bundleFile || !conversationsFile) throw new Error('usage: warm-probe <bundle> <conversations.json>');
  const { handler } = require(bundleFile) as { handler: Handler };
  const conversations = JSON.parse(readFileSync(conversationsFile, 'utf8')) as RequestEnvelope[][];
  process.on('message', async (command: ProbeCommand) => {
    if ('done' in command) {
      reply({ peakRssBytes: process.resourceUsage().maxRSS * 1024 });
      process.disconnect();
      return;
    }
    if ('warmUp' in command) {
      const warmUp = await replay(handler, conversations, WARM_UP);
      reply({ latenciesMs: warmUp.slice(EARLY.from, EARLY.to) });
      return;
    }
    reply({ latenciesMs: await replay(handler, conversations, command.count) });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
