/** Lambda entry point. Node 24 runtimes only support async handlers, so this awaits skill.invoke. */

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { PHRASES } from './content';
import { HANDLED_INTENTS } from './handlers';
import { isSupportedLocale } from './locales';
import { describeError, logForeignSkill, logRequest, startClock } from './log';
import { applicationIdOf, expectsSpeech, intentNameOf, KNOWN_REQUEST_TYPES, requestTypeOf } from './requests';
import { buildSkill } from './skill';
import { toSsml } from './ssml';

const skill = buildSkill();

/** Alexa refuses a response larger than this. */
export const MAX_RESPONSE_BYTES = 24 * 1024;

const knownIntents: ReadonlySet<string> = new Set(HANDLED_INTENTS);

/** The invocation fails (a Lambda error): Alexa hears nothing from us for another skill's request. */
export class ForeignSkillError extends Error {
  override readonly name = 'ForeignSkillError';
}

/**
 * What the user hears when the skill itself fails or its reply would be refused: never silence
 * where Alexa speaks, and never speech where it may not (SessionEndedRequest and the like).
 */
function failureEnvelope(requestType: string | undefined): ResponseEnvelope {
  if (!expectsSpeech(requestType)) return { version: '1.0', response: {} };
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: toSsml([PHRASES.error]) },
      reprompt: { outputSpeech: { type: 'SSML', ssml: toSsml([PHRASES.suggestions]) } },
      shouldEndSession: false,
    },
  };
}

/** Room for everything but speech and card: the state (at most 2 KB), directives, the envelope's keys. */
const STRUCTURE_BYTES = 4 * 1024;

/**
 * Whether Alexa will take the response. Speech and cards are the only large parts, and a character
 * is at most 3 bytes of UTF-8, so their length settles it almost always without serialising anything.
 */
function fitsAlexa(envelope: ResponseEnvelope): boolean {
  const { outputSpeech, reprompt, card } = envelope.response;
  const texts = [outputSpeech, reprompt?.outputSpeech].map((speech) =>
    speech?.type === 'SSML' ? speech.ssml : (speech?.text ?? ''),
  );
  if (card) texts.push(JSON.stringify(card));
  const bound = 3 * texts.reduce((sum, text) => sum + text.length, 0) + STRUCTURE_BYTES;
  return bound <= MAX_RESPONSE_BYTES || Buffer.byteLength(JSON.stringify(envelope)) <= MAX_RESPONSE_BYTES;
}

/** Only names the skill knows reach the log; a forged one is "unknown". */
function logEntry(event: RequestEnvelope | undefined, requestType: string | undefined) {
  const intent = event ? intentNameOf(event) : undefined;
  const locale: unknown = (event?.request as { locale?: unknown } | undefined)?.locale;
  const newSession: unknown = event?.session?.new;
  return {
    requestType: requestType && KNOWN_REQUEST_TYPES.has(requestType) ? requestType : 'unknown',
    intent: intent === undefined ? undefined : knownIntents.has(intent) ? intent : 'unknown',
    locale: locale === undefined ? undefined : isSupportedLocale(locale) ? locale : 'unknown',
    newSession: typeof newSession === 'boolean' ? newSession : undefined,
  };
}

export type SkillHandler = (event: RequestEnvelope, context?: Context) => Promise<ResponseEnvelope>;

/** The Lambda handler for the skill `skillId`: requests signed for any other skill are refused. */
export function createHandler(skillId: string | undefined): SkillHandler {
  return async (event, context) => {
    if (skillId && applicationIdOf(event) !== skillId) {
      logForeignSkill();
      throw new ForeignSkillError('request signed for another skill');
    }
    return answer(event, context);
  };
}

async function answer(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  const elapsed = startClock();
  const requestType = requestTypeOf(event);
  const entry = logEntry(event, requestType);
  try {
    const response = await skill.invoke(event, context);
    if (!fitsAlexa(response)) throw new Error(`response over ${MAX_RESPONSE_BYTES} bytes`);
    logRequest({ ...entry, outcome: 'ok', latencyMs: elapsed() });
    return response;
  } catch (error) {
    logRequest({ ...entry, outcome: 'error', latencyMs: elapsed(), error: describeError(error) });
    return failureEnvelope(requestType);
  }
}

/** Lambda's entry point; the stack sets SKILL_ID. */
export const handler = createHandler(process.env.SKILL_ID);
