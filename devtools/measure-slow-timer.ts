/**
 * How long the skill takes to answer "set a timer for the ice" when the Timers API takes 10 seconds:
 * the service client's deadline should make it about 2.5 s. Run: npx tsx devtools/measure-slow-timer.ts
 */
import { randomUUID } from 'node:crypto';
import { intentRequest, newDeviceContext } from '../console/envelope';
import { handler } from '../lambda/index';
import { FakeAlexaApis } from './fake-alexa-apis';

const RUNS = 3;
const SERVICE_DELAY_MS = 10_000;

async function main(): Promise<void> {
  const accessToken = `atc.${randomUUID()}`;
  const api = await FakeAlexaApis.start({ accessToken });
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      api.failNext({ delayMs: SERVICE_DELAY_MS });
      const device = newDeviceContext({
        apiEndpoint: api.url,
        apiAccessToken: accessToken,
        consentToken: 'granted',
      });
      const started = performance.now();
      const reply = await handler(intentRequest(device, 'SetTimerIntent'));
      const elapsed = performance.now() - started;
      const speech = reply.response.outputSpeech;
      const ssml = speech?.type === 'SSML' ? speech.ssml : '(no speech)';
      process.stdout.write(
        `run ${run}: service delay ${SERVICE_DELAY_MS} ms, reply in ${elapsed.toFixed(0)} ms: ${ssml}\n`,
      );
    }
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
