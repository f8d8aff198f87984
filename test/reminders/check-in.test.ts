/** The check-in a few days on, set through the real handler against the loopback Reminders API. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import { PHRASES, REMINDER_PHRASES, REMINDER_TEXTS, spokenDay } from '../../lambda/content';
import { createdBodies, DAYTIME_ZONE, dateIn, deviceFor, startRemindersApi } from './support';

describe('the check-in reminder', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi();
  });
  afterEach(() => api.close());

  it('sets a one-off reminder three days on, at ten, carrying the advice to see a doctor', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    const day = dateIn(DAYTIME_ZONE, 3);
    // Act
    const turn = await alexa.intent('CheckInReminderIntent', { delay: 'P3D' });
    // Assess
    expect(turn.speech).toContain(`I'll remind you on ${spokenDay(day)} at 10 AM to check on your back.`);
    expect(turn.card?.title).toBe(`Check-in: ${spokenDay(day)} at 10 AM`);
    const [body] = createdBodies(api);
    expect(body?.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: `${day}T10:00:00.000`,
      timeZoneId: DAYTIME_ZONE,
    });
    expect(body?.alertInfo?.spokenInfo?.content).toEqual([
      { locale: 'en-US', text: REMINDER_TEXTS['check-in'] },
    ]);
    expect(REMINDER_TEXTS['check-in']).toContain(
      "If the pain still hasn't eased, it's time to see a doctor.",
    );
  });

  it('takes "in a few days" without a number as the article’s few days: three', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const turn = await alexa.say('remind me in a few days to check on my back');
    // Assess
    expect(turn.intent).toBe('CheckInReminderIntent');
    expect(createdBodies(api)[0]?.trigger?.scheduledTime).toBe(`${dateIn(DAYTIME_ZONE, 3)}T10:00:00.000`);
  });

  it('takes a wait Alexa could not resolve as the same few days', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    await alexa.intent('CheckInReminderIntent', { delay: '?' });
    // Assess
    expect(createdBodies(api)[0]?.trigger?.scheduledTime).toBe(`${dateIn(DAYTIME_ZONE, 3)}T10:00:00.000`);
  });

  it('sets it on the day named, at the time named', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    const day = dateIn(DAYTIME_ZONE, 5);
    // Act
    const turn = await alexa.intent('CheckInReminderIntent', { day, time: '18:30' });
    // Assess
    expect(turn.speech).toContain(`on ${spokenDay(day)} at 6:30 PM`);
    expect(createdBodies(api)[0]?.trigger?.scheduledTime).toBe(`${day}T18:30:00.000`);
  });

  it.each([
    ['a day already past', { day: dateIn(DAYTIME_ZONE, -1) }],
    ['today', { day: dateIn(DAYTIME_ZONE) }],
    ['more than four weeks ahead', { delay: 'P5W' }],
    ['a few hours', { delay: 'PT5H' }],
    ['a week of the year', { day: '2026-W50' }],
  ])('sets nothing for %s, and says what it can do', async (_when, slots) => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const turn = await alexa.intent('CheckInReminderIntent', slots);
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.checkInRange);
    expect(turn.ended).toBe(false);
    expect(api.reminders).toEqual([]);
  });

  it('offers the check-in after advice for a stress spasm, and sets it on "yes"', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    // Act
    const advice = await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    const accepted = await alexa.intent('AMAZON.YesIntent');
    // Assess
    expect(advice.speech.endsWith(REMINDER_PHRASES.checkInOffer)).toBe(true);
    expect(accepted.speech).toContain(`on ${spokenDay(dateIn(DAYTIME_ZONE, 3))} at 10 AM`);
    expect(api.reminders).toHaveLength(1);
  });

  it('offers the check-in when the user turns the ice timer down', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
    // Act
    const declined = await alexa.intent('AMAZON.NoIntent');
    const accepted = await alexa.intent('AMAZON.YesIntent');
    // Assess
    expect(declined.speech).toBe(`${REMINDER_PHRASES.noTimer} ${REMINDER_PHRASES.checkInOffer}`);
    expect(accepted.speech).toContain('to check on your back');
    expect(api.timers).toEqual([]);
  });

  it('offers the check-in at most once in a session', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    // Act
    const overuse = await alexa.intent('DescribeSituationIntent', { situation: 'overuse' });
    // Assess
    expect(overuse.speech).not.toContain(REMINDER_PHRASES.checkInOffer);
  });

  it('says goodbye on a second "no", after turning down the timer and then the check-in', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
    await alexa.intent('AMAZON.NoIntent');
    // Act
    const turn = await alexa.intent('AMAZON.NoIntent');
    // Assess
    expect(turn.speech).toBe(PHRASES.goodbye);
    expect(api.reminders).toEqual([]);
  });
});
