import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import { PHRASES, TIMER_PHRASES, topic } from '../../lambda/content';
import { expectAskFor, failedConsent } from '../support/alexa-apis';
import { answerConsent, deviceFor, startAlexaApis } from './support';

describe('asking for permission to set timers, by voice', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => api.close());

  it('hands the user to Alexa with an AskFor request for the timers permission instead of calling the service', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { consent: false });
    await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
    // Act
    const turn = await alexa.intent('AMAZON.YesIntent');
    // Assess
    expect(turn.speech).toBe(TIMER_PHRASES.askConsent);
    expectAskFor(turn, 'alexa::alerts:timers:skill:readwrite');
    expect(api.requests).toEqual([]);
  });

  it('sets the timer and confirms it when the user says yes to Alexa', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { consent: false });
    const handoff = await alexa.intent('SetTimerIntent');
    // Act
    const turn = await answerConsent(alexa, handoff, 'ACCEPTED');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.set);
    expect(turn.ended).toBe(false);
    expect(turn.reprompt).toBe(PHRASES.reprompt);
    expect(api.timers).toHaveLength(1);
    expect(alexa.device.attributes.timerId).toBe(api.timers[0]?.id);
  });

  it.each([
    ['DENIED', TIMER_PHRASES.consentDenied],
    ['NOT_ANSWERED', TIMER_PHRASES.consentNotAnswered],
  ] as const)(
    'gives the timing by voice and in a card, without asking again, when the answer is %s',
    async (status, lead) => {
      // Prepare
      const alexa = deviceFor(api.url, { consent: false });
      const handoff = await alexa.intent('SetTimerIntent');
      // Act
      const turn = await answerConsent(alexa, handoff, status);
      // Assess
      expect(turn.speech).toContain(lead);
      expect(turn.speech).toContain('about twenty minutes, then switch to heat');
      expect(turn.speech).toContain('Alexa, set a timer for twenty minutes');
      expect(turn.card).toEqual({ title: topic('timing').title, text: topic('timing').cardText });
      expect(turn.directives).toEqual([]);
      expect(turn.ended).toBe(false);
      expect(api.requests).toEqual([]);
    },
  );

  it('does not offer the timer again in the same breath after the user said no', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { consent: false });
    const handoff = await alexa.intent('SetTimerIntent');
    await answerConsent(alexa, handoff, 'DENIED');
    // Act
    const turn = await alexa.intent('AMAZON.YesIntent');
    // Assess
    expect(turn.directives).toEqual([]);
    expect(turn.speech).not.toContain(TIMER_PHRASES.askConsent);
  });

  it("remembers how the spasm started across Alexa's consent dialog", async () => {
    // Prepare
    const alexa = deviceFor(api.url, { consent: false });
    await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    const handoff = await alexa.intent('SetTimerIntent');
    await answerConsent(alexa, handoff, 'ACCEPTED');
    // Act
    const turn = await alexa.intent('OtherOptionIntent', { treatment: 'ice' });
    // Assess
    expect(turn.speech).toContain('for a stress spasm heat does much more');
    expect(turn.speech).not.toContain(PHRASES.clarify);
  });

  it('treats a failed connection to the consent dialog as no answer', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { consent: false });
    const handoff = await alexa.intent('SetTimerIntent');
    // Act
    const turn = await failedConsent(alexa, handoff);
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.consentNotAnswered);
    expect(turn.speech).toContain('switch to heat');
  });
});
