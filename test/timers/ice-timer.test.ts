import type { services } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import { PHRASES, TIMER_PHRASES, TIMER_TEXTS } from '../../lambda/content';
import { deviceFor, startAlexaApis } from './support';

describe('setting the ice timer when the user has allowed timers', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => api.close());

  it('sets a real twenty-minute timer on "yes" to the offer, and says so', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    const advice = await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
    expect(advice.reprompt).toBe(PHRASES.timerOffer);
    // Act
    const turn = await alexa.intent('AMAZON.YesIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.set);
    expect(turn.speech).toContain('twenty-minute');
    expect(turn.card?.title).toBe(TIMER_TEXTS.card.title);
    expect(turn.ended).toBe(false);
    expect(api.timers).toHaveLength(1);
    expect(alexa.device.attributes.timerId).toBe(api.timers[0]?.id);
  });

  it('sends the Timers API a visible, audible twenty-minute timer that announces the switch to heat', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    await alexa.intent('SetTimerIntent');
    // Assess
    expect(api.requests).toHaveLength(1);
    const [sent] = api.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v1/alerts/timers');
    const body = sent?.body as services.timerManagement.TimerRequest;
    expect(body).toEqual({
      duration: 'PT20M',
      timerLabel: TIMER_TEXTS.label,
      creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
      triggeringBehavior: {
        operation: {
          type: 'ANNOUNCE',
          textToAnnounce: [{ locale: 'en-US', text: TIMER_TEXTS.announce['en-US'] }],
        },
        notificationConfig: { playAudible: true },
      },
    });
    expect(TIMER_TEXTS.announce['en-US']).toMatch(/ice off.*switch to heat/);
  });

  it.each(Object.entries(TIMER_TEXTS.announce))(
    'announces the switch to heat in the %s device locale',
    async (locale, text) => {
      // Prepare
      const localApi = await startAlexaApis({ locale });
      const alexa = deviceFor(localApi.url, { locale });
      // Act
      const turn = await alexa.intent('SetTimerIntent');
      // Assess
      const body = localApi.requests[0]?.body as services.timerManagement.TimerRequest;
      expect(body.triggeringBehavior.operation).toEqual({
        type: 'ANNOUNCE',
        textToAnnounce: [{ locale, text }],
      });
      expect(text).toMatch(/ice.*off.*switch to heat/);
      expect(turn.speech).toContain(TIMER_PHRASES.set);
      await localApi.close();
    },
  );

  it('announces in US English on a device whose locale has no line of its own', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { locale: 'en-NZ' });
    // Act
    await alexa.intent('SetTimerIntent');
    // Assess
    const body = api.requests[0]?.body as services.timerManagement.TimerRequest;
    expect(body.triggeringBehavior.operation).toEqual({
      type: 'ANNOUNCE',
      textToAnnounce: [{ locale: 'en-US', text: TIMER_TEXTS.announce['en-US'] }],
    });
  });

  it('does not set a second timer while the first is running, and stops offering one', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    // Act
    const again = await alexa.intent('SetTimerIntent');
    const advice = await alexa.intent('TimingIntent');
    // Assess
    expect(again.speech).toContain(TIMER_PHRASES.alreadySet);
    expect(api.timers).toHaveLength(1);
    expect(advice.speech).not.toContain(PHRASES.timerOffer);
  });

  it('fires the timer with its label and the switch-to-heat announcement', async () => {
    // Prepare: twenty minutes at 12,000 times real speed is a tenth of a second
    const fastApi = await startAlexaApis({ timeScale: 12_000 });
    const fired = new Promise((resolve) => fastApi.once('timer', resolve));
    const alexa = deviceFor(fastApi.url);
    // Act
    await alexa.intent('SetTimerIntent');
    // Assess
    await expect(fired).resolves.toMatchObject({
      label: TIMER_TEXTS.label,
      announce: TIMER_TEXTS.announce['en-US'],
    });
    expect(fastApi.timers).toEqual([]);
    await fastApi.close();
  });
});

describe('cancelling the ice timer', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => api.close());

  it('deletes the timer this skill set and forgets it', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    const id = api.timers[0]?.id;
    // Act
    const turn = await alexa.intent('CancelTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.cancelled);
    expect(api.timers).toEqual([]);
    expect(api.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/v1/alerts/timers/${id}` });
    expect(alexa.device.attributes.timerId).toBeUndefined();
    expect(turn.ended).toBe(false);
  });

  it('says kindly that there is nothing to cancel when it set no timer, without calling the service', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const turn = await alexa.intent('CancelTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.noTimerToCancel);
    expect(turn.reprompt).toBe(PHRASES.reprompt);
    expect(api.requests).toEqual([]);
  });

  it.each([
    ['"cancel it"', 'CancelItIntent'],
    ['a bare "cancel"', 'AMAZON.CancelIntent'],
  ])('takes %s right after the timer is set as cancelling it, and keeps listening', async (_said, intent) => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    // Act
    const turn = await alexa.intent(intent);
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.cancelled);
    expect(api.timers).toEqual([]);
    expect(turn.ended).toBe(false);
  });

  it('takes "cancel it" with no timer running as leaving, like "cancel"', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const turn = await alexa.intent('CancelItIntent');
    // Assess
    expect(turn.speech).toContain(PHRASES.goodbye);
    expect(turn.ended).toBe(true);
    expect(api.requests).toEqual([]);
  });

  it('takes a bare "cancel" once the talk has moved on as leaving, and leaves the timer running', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    await alexa.intent('TimingIntent');
    // Act
    const turn = await alexa.intent('AMAZON.CancelIntent');
    // Assess
    expect(turn.speech).toContain(PHRASES.goodbye);
    expect(turn.ended).toBe(true);
    expect(api.timers).toHaveLength(1);
  });

  it('says the timer is already gone when the service no longer knows it', async () => {
    // Prepare: the user stopped it on the device ("Alexa, cancel the timer")
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    const id = api.timers[0]?.id ?? '';
    await fetch(`${api.url}/v1/alerts/timers/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${alexa.device.apiAccessToken}` },
    });
    // Act
    const turn = await alexa.intent('CancelTimerIntent');
    // Assess
    expect(turn.speech).toContain(TIMER_PHRASES.alreadyGone);
    expect(alexa.device.attributes.timerId).toBeUndefined();
  });

  it('offers the timer again once the old one is cancelled', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SetTimerIntent');
    await alexa.intent('CancelTimerIntent');
    // Act
    const advice = await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
    // Assess
    expect(advice.reprompt).toBe(PHRASES.timerOffer);
  });
});
