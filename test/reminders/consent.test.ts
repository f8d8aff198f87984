/** Permission to set reminders, asked by voice: the AskFor round trip through Alexa's consent dialog. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIMERS_PERMISSION } from '../../console/consent';
import { connectionsResponse } from '../../console/envelope';
import type { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import { REMINDER_PHRASES, situation, spokenDay } from '../../lambda/content';
import { expectAskFor, failedConsent } from '../support/alexa-apis';
import { Dialogue } from '../support/dialogue';
import { answerConsent, createdBodies, DAYTIME_ZONE, dateIn, deviceFor, startRemindersApi } from './support';

const REMINDERS_CARD = {
  type: 'AskForPermissionsConsent',
  permissions: ['alexa::alerts:reminders:skill:readwrite'],
};

describe('asking for permission to set reminders, by voice', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi();
  });
  afterEach(() => api.close());

  it('hands the user to Alexa with an AskFor request for the reminders permission instead of calling the service', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { granted: false });
    // Act
    const turn = await alexa.intent('SupplementReminderIntent', { time: '21:00' });
    // Assess
    expect(turn.speech).toBe(REMINDER_PHRASES.askConsent);
    expectAskFor(turn, 'alexa::alerts:reminders:skill:readwrite');
    expect(api.requests).toEqual([]);
  });

  it('sets the daily reminder the user asked for once they say yes to Alexa, in a new session', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { granted: false });
    const handoff = await alexa.intent('SupplementReminderIntent', { time: '21:00' });
    // Act
    const turn = await answerConsent(alexa, handoff, 'ACCEPTED');
    // Assess
    expect(turn.request).toBe('Connections.Response');
    expect(turn.speech).toContain('every day at 9 PM');
    expect(createdBodies(api)[0]?.trigger?.recurrence?.recurrenceRules).toEqual([
      'FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0',
    ]);
  });

  it('sets the check-in on the day the user named once they say yes to Alexa', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { granted: false });
    const day = dateIn(DAYTIME_ZONE, 6);
    const handoff = await alexa.intent('CheckInReminderIntent', { day, time: '08:15' });
    // Act
    const turn = await answerConsent(alexa, handoff, 'ACCEPTED');
    // Assess
    expect(turn.speech).toContain(`on ${spokenDay(day)} at 8:15 AM`);
    expect(createdBodies(api)[0]?.trigger?.scheduledTime).toBe(`${day}T08:15:00.000`);
  });

  it('remembers how the spasm started across Alexa’s consent dialog', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { granted: false });
    await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    const handoff = await alexa.intent('AMAZON.YesIntent');
    await answerConsent(alexa, handoff, 'ACCEPTED');
    // Act
    const turn = await alexa.intent('OtherOptionIntent', { treatment: 'ice' });
    // Assess
    expect(turn.speech).toContain(situation('stress').verdict.ice);
  });

  it.each([
    ['DENIED', REMINDER_PHRASES.consentDenied],
    ['NOT_ANSWERED', REMINDER_PHRASES.consentNotAnswered],
  ] as const)(
    'sends the permissions card and says how to set it by voice, without asking again, when the answer is %s',
    async (status, lead) => {
      // Prepare
      const alexa = deviceFor(api.url, { granted: false });
      const handoff = await alexa.intent('CheckInReminderIntent', { delay: 'P3D' });
      // Act
      const turn = await answerConsent(alexa, handoff, status);
      // Assess
      expect(turn.speech).toContain(lead);
      expect(turn.speech).toContain(REMINDER_PHRASES.checkInByVoice);
      expect(turn.speech).toContain(REMINDER_PHRASES.cardSent);
      expect(turn.exchange.response.response.card).toEqual(REMINDERS_CARD);
      expect(turn.directives).toEqual([]);
      expect(turn.ended).toBe(false);
      expect(api.requests).toEqual([]);
    },
  );

  it('treats a failed connection to the consent dialog as no answer', async () => {
    // Prepare
    const alexa = deviceFor(api.url, { granted: false });
    const handoff = await alexa.intent('SupplementReminderIntent', { time: '07:00' });
    // Act
    const turn = await failedConsent(alexa, handoff);
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.consentNotAnswered);
    expect(turn.speech).toContain(REMINDER_PHRASES.supplementByVoice);
  });

  it('asks again in words, and sets nothing, when the echoed token no longer says what was asked', async () => {
    // Prepare
    const alexa = new Dialogue({ apiEndpoint: api.url });
    // Act
    const turn = await alexa.send(
      connectionsResponse(alexa.device, 'AskFor', 'reminder::supplement:2599', { status: 'ACCEPTED' }),
    );
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.consentLost);
    expect(api.requests).toEqual([]);
  });

  it('does not count the timers permission as permission to set reminders', async () => {
    // Prepare
    const alexa = new Dialogue({
      apiEndpoint: api.url,
      consentToken: 'Atza|timers-only',
      scopes: { [TIMERS_PERMISSION]: 'GRANTED' },
    });
    // Act
    const turn = await alexa.intent('SupplementReminderIntent', { time: '21:00' });
    // Assess
    expect(turn.speech).toBe(REMINDER_PHRASES.askConsent);
    expect(api.requests).toEqual([]);
  });
});
