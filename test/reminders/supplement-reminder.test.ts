/** The daily supplement reminder, set through the real handler against the loopback Reminders API. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import { PHRASES, REMINDER_PHRASES, REMINDER_TEXTS, topic } from '../../lambda/content';
import { createdBodies, DAYTIME_ZONE, deviceFor, startRemindersApi } from './support';

describe('the daily supplement reminder', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi();
  });
  afterEach(() => api.close());

  it('sets one daily reminder at the time asked, in the user’s time zone, and says when and how often', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const turn = await alexa.intent('SupplementReminderIntent', { time: '21:00' });
    // Assess
    expect(turn.speech).toContain(
      "Done. I'll remind you every day at 9 PM to take your calcium and magnesium. To stop it, say: cancel my supplement reminder.",
    );
    expect(turn.ended).toBe(false);
    expect(turn.reprompt).toBe(PHRASES.reprompt);
    expect(turn.card?.title).toBe('Daily reminder: 9 PM');
    const [body, ...more] = createdBodies(api);
    expect(more).toEqual([]);
    expect(body?.trigger).toMatchObject({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: DAYTIME_ZONE,
      recurrence: {
        startDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT21:00:00\.000$/),
        recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0'],
      },
    });
    expect(body?.trigger?.recurrence).not.toHaveProperty('freq');
    expect(body?.trigger?.recurrence).not.toHaveProperty('byDay');
    expect(api.reminders).toHaveLength(1);
  });

  it('says a short reminder in its own words, with no dose, in the device’s locale', async () => {
    // Prepare
    const gbApi = await startRemindersApi({ locale: 'en-GB' });
    const alexa = deviceFor(gbApi.url, { locale: 'en-GB' });
    // Act
    await alexa.intent('SupplementReminderIntent', { time: '08:00' });
    // Assess
    expect(createdBodies(gbApi)[0]?.alertInfo?.spokenInfo?.content).toEqual([
      { locale: 'en-GB', text: REMINDER_TEXTS.supplement },
    ]);
    expect(REMINDER_TEXTS.supplement.split(' ').length).toBeLessThanOrEqual(10);
    expect(REMINDER_TEXTS.supplement).not.toMatch(/\d|mg|milligram|dose/i);
    await gbApi.close();
  });

  it('takes a part of the day as a clock time, and says that time back', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const turn = await alexa.intent('SupplementReminderIntent', { time: 'EV' });
    // Assess
    expect(turn.speech).toContain('every day at 6 PM');
    expect(createdBodies(api)[0]?.trigger?.recurrence?.recurrenceRules).toEqual([
      'FREQ=DAILY;BYHOUR=18;BYMINUTE=0;BYSECOND=0',
    ]);
  });

  it('asks what time each day when none was given, and sets the reminder from the answer alone', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const asked = await alexa.say('remind me to take my calcium every day');
    const answered = await alexa.say('nine in the morning');
    // Assess
    expect(asked.speech).toBe(REMINDER_PHRASES.askTime);
    expect(asked.directives).toEqual(['Dialog.ElicitSlot']);
    expect(asked.exchange.response.response.directives?.[0]).toMatchObject({
      slotToElicit: 'time',
      updatedIntent: { name: 'SupplementReminderIntent' },
    });
    expect(answered.intent).toBe('SupplementReminderIntent');
    expect(answered.speech).toContain('every day at 9 AM');
    expect(api.reminders).toHaveLength(1);
  });

  it('asks for the time again on "repeat", still as Alexa dialog', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SupplementReminderIntent');
    // Act
    const again = await alexa.intent('AMAZON.RepeatIntent');
    // Assess
    expect(again.speech).toBe(REMINDER_PHRASES.askTime);
    expect(again.directives).toEqual(['Dialog.ElicitSlot']);
  });

  it('offers the reminder after the supplements answer, asks the time on "yes", and sets it', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const answer = await alexa.intent('AskTopicIntent', { topic: 'supplements' });
    const asked = await alexa.intent('AMAZON.YesIntent');
    const set = await alexa.intent('SupplementReminderIntent', { time: '08:30' });
    // Assess
    expect(answer.speech).toBe(`${topic('supplements').speech} ${REMINDER_PHRASES.supplementOffer}`);
    expect(asked.speech).toBe(REMINDER_PHRASES.askTime);
    expect(set.speech).toContain('every day at 8:30 AM');
  });

  it('offers the reminder only once in a session', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('AskTopicIntent', { topic: 'supplements' });
    await alexa.intent('AskTopicIntent', { topic: 'stretching' });
    // Act
    const again = await alexa.intent('SupplementIntent', { supplement: 'supplement' });
    // Assess
    expect(again.speech).toContain(topic('supplements').speech);
    expect(again.speech).not.toContain(REMINDER_PHRASES.supplementOffer);
    expect(again.speech).toContain(topic(topic('supplements').next).teaser);
  });

  it('says it does not know the time zone, and sets nothing, when none is set on the device', async () => {
    // Prepare
    api.timeZone = null;
    const alexa = deviceFor(api.url);
    // Act
    const turn = await alexa.intent('SupplementReminderIntent', { time: '09:00' });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.noTimeZone);
    expect(turn.ended).toBe(false);
    expect(api.reminders).toEqual([]);
  });
});
