import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionsResponse } from '../../console/envelope';
import { consentRequestOf } from '../../console/timers';
import type { FakeTimersApi } from '../../devtools/fake-timers-api';
import { PHRASES, TIMER_PHRASES, topic } from '../../lambda/content';
import { answerConsent, deviceFor, startTimersApi } from './support';

describe('asking for permission to set timers, by voice', () => {
  let api: FakeTimersApi;
  beforeEach(async () => {
    api = await startTimersApi();
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
    expect(consentRequestOf(turn.exchange.response)).toEqual({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [
          { permissionScope: 'alexa::alerts:timers:skill:readwrite', consentLevel: 'ACCOUNT' },
        ],
      },
      token: expect.any(String),
    });
    // Alexa takes the conversation over: no reprompt, and shouldEndSession left out.
    expect(turn.exchange.response.response.reprompt).toBeUndefined();
    expect(turn.exchange.response.response).not.toHaveProperty('shouldEndSession');
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
    alexa.device.newSession = true;
    // Act
    const turn = await alexa.send(
      connectionsResponse(
        alexa.device,
        'AskFor',
        consentRequestOf(handoff.exchange.response)?.token ?? '',
        {},
        {
          code: '500',
          message: 'Internal error',
        },
      ),
    );
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.consentNotAnswered);
    expect(turn.speech).toContain('switch to heat');
  });
});
