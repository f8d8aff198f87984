/**
 * The bench's baseline: the smallest useful ask-sdk-core skill, one LaunchRequest handler, with the
 * same async Lambda entry point as ours. Our bundle, cold start and latency are measured against it.
 */
import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

export const minimalSkill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) =>
      input.responseBuilder
        .speak('Hello.')
        .reprompt('Say something.')
        .withShouldEndSession(false)
        .getResponse(),
  })
  .create();

export function handler(event: RequestEnvelope): Promise<ResponseEnvelope> {
  return minimalSkill.invoke(event);
}
