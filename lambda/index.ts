/** Lambda entry point. Node 24 runtimes only support async handlers, so this awaits skill.invoke. */

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { PHRASES } from './content';
import { describeError, logRequest, startClock } from './log';
import { intentNameOf } from './requests';
import { buildSkill } from './skill';
import { toSsml } from './ssml';

const skill = buildSkill();

/**
 * What the user hears when the SDK itself fails (no request, wrong skill id): never silence. The
 * exception is a SessionEndedRequest, which Alexa never speaks a reply to: it gets an empty response.
 */
function failureEnvelope(requestType: string): ResponseEnvelope {
  if (requestType === 'SessionEndedRequest') return { version: '1.0', response: {} };
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: toSsml([PHRASES.error]) },
      reprompt: { outputSpeech: { type: 'SSML', ssml: toSsml([PHRASES.suggestions]) } },
      shouldEndSession: false,
    },
  };
}

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  const elapsed = startClock();
  const request = event?.request as Partial<RequestEnvelope['request']> | undefined;
  const entry = {
    requestType: typeof request?.type === 'string' ? request.type : 'missing',
    intent: event ? intentNameOf(event) : undefined,
    locale: typeof request?.locale === 'string' ? request.locale : undefined,
    newSession: event?.session?.new,
  };
  try {
    const response = await skill.invoke(event, context);
    logRequest({ ...entry, outcome: 'ok', latencyMs: elapsed() });
    return response;
  } catch (error) {
    logRequest({
      ...entry,
      outcome: 'error',
      latencyMs: elapsed(),
      error: describeError(error),
    });
    return failureEnvelope(entry.requestType);
  }
}
