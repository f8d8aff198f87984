import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { intentRequest, launchRequest, newDeviceContext } from '../../console/envelope';
import { ssmlToText } from '../../console/ssml';
import { ssmlOf } from '../../console/turn';
import { PHRASES, topic } from '../../lambda/content';
import { STATE_VERSION } from '../../lambda/conversation/state';
import { handler } from '../../lambda/index';
import { Dialogue, invoke } from '../support/dialogue';

function speechOf(envelope: Awaited<ReturnType<typeof handler>>): string {
  return ssmlToText(ssmlOf(envelope.response.outputSpeech));
}

describe('requests a device would never send, or sends broken', () => {
  it('answers an intent request without an intent with a helpful sentence', async () => {
    const request = intentRequest(newDeviceContext(), 'AskTopicIntent');
    delete (request.request as { intent?: unknown }).intent;
    const envelope = await invoke(request);
    expect(speechOf(envelope)).toContain('should I use ice or heat?');
  });

  it('answers an intent it has never heard of', async () => {
    const envelope = await invoke(intentRequest(newDeviceContext(), 'OrderPizzaIntent'));
    expect(speechOf(envelope)).toBe(`${PHRASES.notSure}`);
  });

  it('treats slots that are empty or absent as not given', async () => {
    const alexa = new Dialogue();
    const noSlots = intentRequest(alexa.device, 'IceOrHeatIntent');
    delete (noSlots.request as { intent: { slots?: unknown } }).intent.slots;
    expect(speechOf(await invoke(noSlots))).toBe(PHRASES.clarify);
    const empty = await alexa.intent('AskTopicIntent');
    expect(empty.speech).toContain("I'm not sure about that");
  });

  it('speaks even when the whole envelope is missing its parts', async () => {
    for (const broken of [{}, { version: '1.0' }, { request: { type: 'IntentRequest' } }, null]) {
      const envelope = await handler(broken as unknown as RequestEnvelope);
      expect(speechOf(envelope)).toBe(PHRASES.error);
      expect(envelope.response.shouldEndSession).toBe(false);
    }
  });

  it('answers a request type it does not know with a helpful sentence', async () => {
    const request = launchRequest(newDeviceContext());
    (request.request as { type: string }).type = 'SomethingNewRequest';
    expect(speechOf(await invoke(request))).toBe(PHRASES.error);
  });

  it('starts fresh when session attributes are garbage', async () => {
    const alexa = new Dialogue({
      newSession: false,
      attributes: {
        v: 1,
        topic: 'not-a-topic',
        offer: { kind: 'topic', topic: '<script>' },
        last: 42,
        depth: -3,
      },
    });
    const why = await alexa.intent('WhyIntent');
    expect(why.speech).toContain(PHRASES.whyWithoutContext);
    const yes = await alexa.intent('AMAZON.YesIntent');
    expect(yes.speech).toContain(PHRASES.suggestions);
  });

  it.each([
    ['a caution it knows', 'doctor', topic('doctor').speech],
    ['a caution it could not have written', 'x-ray', PHRASES.clarify],
  ])('keeps %s from the session, and drops anything else', async (_what, cautioned, answer) => {
    // Prepare
    const alexa = new Dialogue({ newSession: false, attributes: { v: STATE_VERSION, cautioned } });
    // Act
    const turn = await alexa.intent('IceOrHeatIntent');
    // Assess
    expect(turn.speech).toContain(answer);
  });
});
