/**
 * The checks every response in the suite must pass, applied once in `invoke`:
 * valid Alexa SSML (ssml-check-core, Amazon platform, and no character XML forbids), under Alexa's
 * speech and response limits, session attributes the skill's own size, either ending the session or
 * carrying a reprompt, no speech where Alexa allows none, and never a word of the seed page's advertising.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { expect } from 'vitest';
import { cardOf, ssmlOf } from '../../console/turn';
import { MAX_RESPONSE_BYTES } from '../../lambda/index';
import { MAX_SSML_CHARS } from '../../lambda/ssml';
import { advertisingIn } from './advertising';

/** The most state the skill writes back: its own small record, never what a request sent. */
export const MAX_ATTRIBUTE_BYTES = 2 * 1024;

/** Characters XML 1.0 forbids, which no SSML parser accepts. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding those characters is the point
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/u;

async function expectValidSsml(ssml: string): Promise<void> {
  expect(ssml.length, 'speech longer than Alexa allows').toBeLessThanOrEqual(MAX_SSML_CHARS);
  expect(NOT_XML.test(ssml), `a character XML forbids: ${JSON.stringify(ssml)}`).toBe(false);
  const errors = await check(ssml, { platform: 'amazon' });
  expect(errors ?? [], `invalid SSML: ${ssml}`).toEqual([]);
}

function cardText(envelope: ResponseEnvelope): string {
  const card = cardOf(envelope.response.card);
  return card ? `${card.title} ${card.text}` : '';
}

/** Alexa speaks no reply to the session's end, to CanFulfill questions, or to events (namespaced types). */
function isSilentRequest(type: string): boolean {
  if (type === 'Connections.Response') return false;
  return (
    ['SessionEndedRequest', 'SessionResumedRequest', 'CanFulfillIntentRequest'].includes(type) ||
    type.includes('.')
  );
}

export async function expectWellFormedResponse(
  envelope: ResponseEnvelope,
  requestType: string,
): Promise<void> {
  const { response } = envelope;
  expect(
    Buffer.byteLength(JSON.stringify(envelope)),
    'response larger than Alexa allows',
  ).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
  const speech = response.outputSpeech && ssmlOf(response.outputSpeech);
  const reprompt = response.reprompt && ssmlOf(response.reprompt.outputSpeech);
  if (isSilentRequest(requestType)) {
    expect(speech, `a reply to ${requestType} is never spoken`).toBeUndefined();
    return;
  }
  expect(speech, 'every reply says something').toBeDefined();
  for (const ssml of [speech, reprompt]) if (ssml) await expectValidSsml(ssml);
  const sendsRequest = (response.directives ?? []).some(
    (directive) => directive.type === 'Connections.SendRequest',
  );
  if (response.shouldEndSession !== true && !sendsRequest) {
    expect(reprompt, 'a reply that keeps the session open carries a reprompt').toBeDefined();
  }
  const shown = `${speech ?? ''} ${reprompt ?? ''} ${cardText(envelope)}`;
  expect(advertisingIn(shown), 'advertising from the seed page').toEqual([]);
}
