/**
 * Property-based fuzzing of the Lambda handler. `npm test` runs 2,000 cases per property;
 * `npm run fuzz` runs 10,000 (FUZZ_RUNS). A failure prints the shrunk input and the seed to replay it.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intentRequest, launchRequest, newDeviceContext, SKILL_ID } from '../../console/envelope';
import { loadModel } from '../../console/nlu/compile-model';
import { VoiceConsole } from '../../console/session';
import { ssmlToText } from '../../console/ssml';
import { ssmlOf } from '../../console/turn';
import { createHandler, ForeignSkillError, handler } from '../../lambda/index';
import { isServiceId } from '../../lambda/services/ids';
import { type CraftedService, craftedService, json, type Reply } from '../support/crafted-service';
import { expectWellFormedResponse } from '../support/response-checks';
import { brokenRequest, deviceRequest, NO_SERVICE, requestType, text, utterance } from './arbitraries';
import { type CapturedLogs, captureLogs } from './captured-logs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
/** The slowest property (utterances through the offline NLU) takes about 10 ms a case on a busy CI core. */
const TIMEOUT_MS = 30_000 + RUNS * 50;

/** What an exception or a stray value sounds like when it reaches the user's ears. */
const LEAKED =
  /TypeError|ReferenceError|RangeError|SyntaxError|Error:|Cannot read|is not a function|\bundefined\b|\[object Object\]|\bat \S+ \(|\.[jt]s:\d+/;

/**
 * Found by this fuzzing: a session whose remembered reply is four parts of 2,000 markup characters
 * (each within the state's old limit) made "repeat" speak more SSML than Alexa accepts once escaped.
 * The state now keeps references, not text; the example is tried on every run all the same.
 */
function forgedLongRepeat(): RequestEnvelope {
  const part = '&'.repeat(2_000);
  const attributes = {
    v: 2,
    depth: 0,
    declined: 0,
    last: { say: [part, part, part, part], reprompt: part },
  };
  return intentRequest(newDeviceContext({ newSession: false, attributes }), 'AMAZON.RepeatIntent');
}

function requestTypeOf(request: unknown): string {
  const type: unknown = (request as { request?: { type?: unknown } } | null)?.request?.type;
  return typeof type === 'string' ? type : 'missing';
}

function speechOf(envelope: ResponseEnvelope): string {
  const { outputSpeech, reprompt } = envelope.response;
  return [outputSpeech, reprompt?.outputSpeech].map((speech) => ssmlToText(ssmlOf(speech))).join(' ');
}

/** What every answer is: valid, ad-free SSML (the suite-wide gate) with no leaked error in it. */
async function expectSafe(envelope: ResponseEnvelope, request: unknown): Promise<void> {
  await expectWellFormedResponse(envelope, requestTypeOf(request));
  expect(speechOf(envelope)).not.toMatch(LEAKED);
}

/** The handler settles (never throws) on any request, and answers it safely. */
async function expectSafeAnswer(request: unknown): Promise<void> {
  await expectSafe(await handler(request as RequestEnvelope), request);
}

const NLU_MODEL = loadModel('en-US');

/** A conversation of utterances through the offline NLU, as the console plays device and Alexa. */
async function expectSafeConversation(utterances: readonly string[]): Promise<void> {
  const voice = new VoiceConsole(handler, NLU_MODEL, newDeviceContext({ apiEndpoint: NO_SERVICE }));
  for (const said of utterances) {
    const { exchange } = await voice.say(said);
    await expectSafe(exchange.response, exchange.request);
  }
}

describe(`the handler under fuzzing (${RUNS} cases per property)`, () => {
  // Every request is logged; thousands of log lines would bury the report.
  let logs: CapturedLogs | undefined;
  beforeAll(() => {
    logs = captureLogs();
  });
  afterAll(() => logs?.restore());

  it(
    'answers any request a device could send, with random slots and session attributes',
    async () => {
      // Prepare
      const property = fc.asyncProperty(deviceRequest, expectSafeAnswer);
      // Act
      const run = fc.assert(property, { numRuns: RUNS, examples: [[forgedLongRepeat()]] });
      // Assess
      await expect(run).resolves.toBeUndefined();
    },
    TIMEOUT_MS,
  );

  it(
    'answers random and adversarial utterances resolved by the offline NLU',
    async () => {
      // Prepare
      const property = fc.asyncProperty(
        fc.array(utterance, { minLength: 1, maxLength: 3 }),
        expectSafeConversation,
      );
      // Act
      const run = fc.assert(property, { numRuns: RUNS });
      // Assess
      await expect(run).resolves.toBeUndefined();
    },
    TIMEOUT_MS,
  );

  it(
    'answers any request type, speaking only where Alexa allows speech',
    async () => {
      // Prepare
      const property = fc.asyncProperty(requestType, fc.anything(), async (type, payload) => {
        const envelope = launchRequest(newDeviceContext({ apiEndpoint: NO_SERVICE }));
        await expectSafeAnswer({ ...envelope, request: { ...envelope.request, type, payload } });
      });
      // Act
      const run = fc.assert(property, { numRuns: RUNS });
      // Assess
      await expect(run).resolves.toBeUndefined();
    },
    TIMEOUT_MS,
  );

  it(
    'refuses every request signed for another skill, and answers every request signed for this one',
    async () => {
      // Prepare
      const ours = createHandler(SKILL_ID);
      const applicationId = fc.oneof(fc.constant(SKILL_ID), fc.constant(`${SKILL_ID}x`), text, fc.anything());
      const property = fc.asyncProperty(deviceRequest, applicationId, async (request, id) => {
        const signed = structuredClone(request);
        if (signed.context) signed.context.System.application = { applicationId: id as string };
        if (id === SKILL_ID) await expectSafe(await ours(signed), signed);
        else await expect(ours(signed)).rejects.toBeInstanceOf(ForeignSkillError);
      });
      // Act
      const run = fc.assert(property, { numRuns: RUNS });
      // Assess
      await expect(run).resolves.toBeUndefined();
    },
    TIMEOUT_MS,
  );

  describe('with an Alexa Timers API that replies anything', () => {
    let reply: Reply = json({});
    let service: CraftedService | undefined;
    beforeAll(async () => {
      service = await craftedService((response) => reply(response));
    });
    afterAll(async () => service?.close());

    it(
      'answers safely and never remembers a timer id it should not trust',
      async () => {
        // Prepare
        const status = fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 429, 500, 503);
        const body = fc.oneof(
          fc.anything(),
          fc.record({ id: fc.oneof(fc.uuid(), text, fc.anything()) }, { requiredKeys: [] }),
        );
        const intent = fc.constantFrom('SetTimerIntent', 'CancelTimerIntent', 'AMAZON.YesIntent');
        const property = fc.asyncProperty(status, body, intent, async (code, sent, name) => {
          reply = json(sent, code);
          const attributes = { v: 2, depth: 0, declined: 0, offer: { kind: 'timer' }, timerId: 'a1b2c3' };
          const device = newDeviceContext({
            apiEndpoint: service?.url ?? NO_SERVICE,
            consentToken: 'Atza|granted',
            newSession: false,
            attributes,
          });
          const request = intentRequest(device, name);
          const envelope = await handler(request);
          await expectSafe(envelope, request);
          const remembered: unknown = envelope.sessionAttributes?.timerId;
          expect(remembered === undefined || isServiceId(remembered)).toBe(true);
        });
        // Act
        const run = fc.assert(property, { numRuns: RUNS });
        // Assess
        await expect(run).resolves.toBeUndefined();
      },
      TIMEOUT_MS,
    );
  });

  it(
    'answers envelopes with parts missing, mistyped or hostile',
    async () => {
      // Prepare
      const property = fc.asyncProperty(brokenRequest, expectSafeAnswer);
      // Act
      const run = fc.assert(property, { numRuns: RUNS });
      // Assess
      await expect(run).resolves.toBeUndefined();
    },
    TIMEOUT_MS,
  );
});
