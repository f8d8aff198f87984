/**
 * `npm run retrieval-accuracy`: the free-form phrasing tables through the real skill handler,
 * printed as accuracy with every miss, then the cost of one lookup. Exits 1 on any miss.
 */
import { intentRequest, newDeviceContext } from '../console/envelope';
import { IN_DOMAIN, OUT_OF_DOMAIN, UNANSWERED } from '../evaluation/phrasings/question-table';
import {
  type Ask,
  describeScore,
  scoreInDomain,
  scoreOutOfDomain,
  scoreUnanswered,
} from '../evaluation/question-accuracy';
import { handler } from '../lambda/index';
import { lookup } from '../lambda/retrieval/lookup';

/** Each question as a one-shot request, as "Alexa, ask back spasm coach …" would send it. */
const ask: Ask = async (query) => {
  const request = intentRequest(newDeviceContext(), 'QuestionIntent', { query: { value: query } });
  const speech = (await handler(request)).response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
};

/** Microseconds per lookup over every table question, after a warm-up, as percentiles. */
function lookupCost(rounds: number): string {
  const questions = [...IN_DOMAIN, ...OUT_OF_DOMAIN, ...UNANSWERED].map((phrasing) => phrasing.query);
  for (let i = 0; i < 1_000; i++) for (const question of questions) lookup(question);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const question of questions) {
      const started = process.hrtime.bigint();
      lookup(question);
      times.push(Number(process.hrtime.bigint() - started) / 1_000);
    }
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => (times[Math.floor(share * (times.length - 1))] ?? 0).toFixed(1);
  return `lookup cost over ${times.length} lookups: p50 ${at(0.5)} µs, p99 ${at(0.99)} µs, max ${at(1)} µs`;
}

async function main(): Promise<void> {
  // The handler logs one line per request; the report is what matters here.
  const info = console.info;
  console.info = () => {};
  const inDomain = await scoreInDomain(ask);
  const outOfDomain = await scoreOutOfDomain(ask);
  const unanswered = await scoreUnanswered(ask);
  console.info = info;
  console.log(describeScore('in-domain questions answered with the expected topic', inDomain));
  console.log(describeScore('out-of-domain questions refused', outOfDomain));
  console.log(describeScore('unanswerable questions left unanswered (probe of the threshold)', unanswered));
  console.log(lookupCost(200));
  if (inDomain.misses.length > 0 || outOfDomain.misses.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
