import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { MAX_SSML_CHARS, toSsml } from '../../lambda/ssml';
import { expectWellFormedResponse } from '../support/response-checks';

/** A reply that keeps the session open, as the skill would send it; `null` leaves the reprompt out. */
function reply(speech: string, reprompt: string | null = toSsml(['What else?'])): ResponseEnvelope {
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: speech },
      ...(reprompt ? { reprompt: { outputSpeech: { type: 'SSML', ssml: reprompt } } } : {}),
      shouldEndSession: false,
    },
  };
}

describe('the check every response in the suite passes', () => {
  it('lets a well-formed reply through', async () => {
    // Prepare
    const envelope = reply(toSsml(['Ice first.', 'Then heat.']));
    // Act
    const checked = expectWellFormedResponse(envelope, 'IntentRequest');
    // Assess
    await expect(checked).resolves.toBeUndefined();
  });

  it.each([
    ['an unescaped ampersand', '<speak>ice & heat</speak>'],
    ['a tag Alexa does not know', '<speak><shout>ice</shout></speak>'],
    ['a pause longer than Alexa allows', '<speak>ice <break time="30s"/> heat</speak>'],
    ['markup that does not parse', '<speak>ice'],
  ])('rejects speech with %s as invalid SSML', async (_problem, ssml) => {
    // Prepare
    const envelope = reply(ssml);
    // Act
    const checked = expectWellFormedResponse(envelope, 'IntentRequest');
    // Assess
    await expect(checked).rejects.toThrow('invalid SSML');
  });

  it('rejects invalid SSML in the reprompt too', async () => {
    const envelope = reply(toSsml(['Ice first.']), '<speak>more & more</speak>');
    await expect(expectWellFormedResponse(envelope, 'IntentRequest')).rejects.toThrow('invalid SSML');
  });

  it('rejects a reply that keeps the session open without a reprompt', async () => {
    // Prepare
    const envelope = reply(toSsml(['Ice first.']), null);
    // Act
    const checked = expectWellFormedResponse(envelope, 'IntentRequest');
    // Assess
    await expect(checked).rejects.toThrow('carries a reprompt');
  });

  it('rejects speech longer than Alexa allows', async () => {
    const envelope = reply(toSsml(['Ice first. '.repeat(MAX_SSML_CHARS / 10)]));
    await expect(expectWellFormedResponse(envelope, 'IntentRequest')).rejects.toThrow(
      'longer than Alexa allows',
    );
  });

  it('rejects advertising from the seed page', async () => {
    const envelope = reply(toSsml(['Ice first.', 'Promoted By Zergnet']));
    await expect(expectWellFormedResponse(envelope, 'IntentRequest')).rejects.toThrow('advertising');
  });

  it('rejects speech in reply to a SessionEndedRequest', async () => {
    const envelope = reply(toSsml(['Goodbye.']));
    await expect(expectWellFormedResponse(envelope, 'SessionEndedRequest')).rejects.toThrow('never spoken');
  });
});
