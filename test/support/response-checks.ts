/**
 * The checks every response in the suite must pass, applied once in `invoke`:
 * valid Alexa SSML (ssml-check-core, Amazon platform), under Alexa's speech limit, either ending the
 * session or carrying a reprompt, and never a word of the seed page's advertising.
 */
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { expect } from 'vitest';
import { advertisingIn } from './advertising';

export const MAX_SPEECH_CHARS = 8000;

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === 'SSML' ? speech.ssml : `<speak>${speech.text}</speak>`;
}

async function expectValidSsml(ssml: string): Promise<void> {
  expect(ssml.length, 'speech longer than Alexa allows').toBeLessThanOrEqual(MAX_SPEECH_CHARS);
  const errors = await check(ssml, { platform: 'amazon' });
  expect(errors ?? [], `invalid SSML: ${ssml}`).toEqual([]);
}

function cardText(card: ui.Card | undefined): string {
  if (!card) return '';
  if (card.type === 'Standard') return `${card.title ?? ''} ${card.text ?? ''}`;
  if (card.type === 'Simple') return `${card.title ?? ''} ${card.content ?? ''}`;
  return '';
}

export async function expectWellFormedResponse(
  envelope: ResponseEnvelope,
  requestType: string,
): Promise<void> {
  const { response } = envelope;
  const speech = ssmlOf(response.outputSpeech);
  const reprompt = ssmlOf(response.reprompt?.outputSpeech);
  if (requestType === 'SessionEndedRequest') {
    expect(speech, 'a reply to SessionEndedRequest is never spoken').toBeUndefined();
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
  const shown = `${speech ?? ''} ${reprompt ?? ''} ${cardText(response.card)}`;
  expect(advertisingIn(shown), 'advertising from the seed page').toEqual([]);
}
