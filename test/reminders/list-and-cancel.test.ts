/** "What reminders do I have?" and "cancel my supplement reminder", against the loopback Reminders API. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import { PHRASES, REMINDER_PHRASES, REMINDER_TEXTS, spokenDay } from '../../lambda/content';
import type { Dialogue } from '../support/dialogue';
import { DAYTIME_ZONE, dateIn, deviceFor, REMINDERS_PATH, startRemindersApi } from './support';

/** A user who set the daily reminder at 9 PM and a check-in in three days. */
async function withBoth(alexa: Dialogue): Promise<void> {
  await alexa.intent('SupplementReminderIntent', { time: '21:00' });
  await alexa.intent('CheckInReminderIntent', { delay: 'P3D' });
}

describe('what reminders the user has', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi();
  });
  afterEach(() => api.close());

  it('reads back the skill’s own reminders: how many, when, and what for', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await withBoth(alexa);
    // Act
    const turn = await alexa.intent('ListRemindersIntent');
    // Assess
    expect(turn.speech).toContain(
      `You have 2 reminders from me. Every day at 9 PM: ${REMINDER_TEXTS.supplement} On ${spokenDay(dateIn(DAYTIME_ZONE, 3))} at 10 AM: a check-in on your back.`,
    );
    expect(turn.ended).toBe(false);
  });

  it('says there are none when the skill has set none', async () => {
    // Act
    const turn = await deviceFor(api.url).intent('ListRemindersIntent');
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.listNone);
  });

  it('names the first three and counts the rest, and leaves out one that has already gone off', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    for (const delay of ['P1D', 'P2D', 'P3D', 'P4D']) await alexa.intent('CheckInReminderIntent', { delay });
    const [first] = api.reminders;
    if (first) first.status = 'COMPLETED';
    await alexa.intent('CheckInReminderIntent', { delay: 'P5D' });
    // Act
    const turn = await alexa.intent('ListRemindersIntent');
    // Assess
    expect(turn.speech).toContain('You have 4 reminders from me. Here are the first 3.');
    expect(turn.speech).toContain(spokenDay(dateIn(DAYTIME_ZONE, 2)));
    expect(turn.speech).not.toContain(spokenDay(dateIn(DAYTIME_ZONE, 1)));
    expect(turn.speech).not.toContain(spokenDay(dateIn(DAYTIME_ZONE, 5)));
  });

  it('says it again, word for word, on "repeat"', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await withBoth(alexa);
    const listed = await alexa.intent('ListRemindersIntent');
    // Act
    const again = await alexa.intent('AMAZON.RepeatIntent');
    // Assess
    expect(again.ssml).toBe(listed.ssml);
  });

  it('asks for the permission with a card, and calls no API, when reminders are not allowed', async () => {
    // Act
    const turn = await deviceFor(api.url, { granted: false }).intent('ListRemindersIntent');
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.listNoPermission);
    expect(turn.exchange.response.response.card).toEqual({
      type: 'AskForPermissionsConsent',
      permissions: ['alexa::alerts:reminders:skill:readwrite'],
    });
    expect(api.requests).toEqual([]);
  });
});

describe('cancelling a reminder', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startRemindersApi();
  });
  afterEach(() => api.close());

  it('deletes the supplement reminder and keeps the check-in', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await withBoth(alexa);
    // Act
    const turn = await alexa.intent('CancelReminderIntent', { reminder: 'supplement' });
    // Assess
    expect(turn.speech).toContain("Okay, I've cancelled your supplement reminder.");
    expect(api.reminders.map((reminder) => reminder.alertInfo?.spokenInfo?.content[0]?.text)).toEqual([
      REMINDER_TEXTS['check-in'],
    ]);
  });

  it('deletes the check-in when the user says "cancel the check-in"', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await withBoth(alexa);
    // Act
    const turn = await alexa.say('cancel the check in');
    // Assess
    expect(turn.intent).toBe('CancelReminderIntent');
    expect(turn.speech).toContain("Okay, I've cancelled your check-in reminder.");
    expect(api.reminders.map((reminder) => reminder.trigger?.recurrence !== undefined)).toEqual([true]);
  });

  it('cancels "that reminder" when there is only one kind, and asks which when there are both', async () => {
    // Prepare
    const one = deviceFor(api.url);
    await one.intent('SupplementReminderIntent', { time: '07:00' });
    // Act
    const cancelled = await one.intent('CancelReminderIntent');
    await withBoth(one);
    const which = await one.intent('CancelReminderIntent');
    // Assess
    expect(cancelled.speech).toContain("Okay, I've cancelled your supplement reminder.");
    expect(which.speech).toBe(REMINDER_PHRASES.whichToCancel);
    expect(which.reprompt).toBe(REMINDER_PHRASES.whichToCancel);
    expect(api.reminders).toHaveLength(2);
  });

  it.each([
    ['"actually cancel that"', (alexa: Dialogue) => alexa.say('actually cancel that')],
    ['a bare "cancel"', (alexa: Dialogue) => alexa.intent('AMAZON.CancelIntent')],
  ])('takes %s right after setting a reminder as cancelling the one just set', async (_said, cancel) => {
    // Prepare: both kinds, the check-in set last
    const alexa = deviceFor(api.url);
    await withBoth(alexa);
    // Act
    const turn = await cancel(alexa);
    // Assess
    expect(turn.speech).toContain("Okay, I've cancelled your check-in reminder.");
    expect(turn.ended).toBe(false);
    expect(api.reminders.map((reminder) => reminder.trigger?.recurrence !== undefined)).toEqual([true]);
  });

  it('takes "cancel that one" right after listing one kind of reminder as cancelling that kind', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SupplementReminderIntent', { time: '21:00' });
    await alexa.intent('ListRemindersIntent');
    // Act
    const turn = await alexa.intent('CancelItIntent');
    // Assess
    expect(turn.speech).toContain("Okay, I've cancelled your supplement reminder.");
    expect(api.reminders).toEqual([]);
  });

  it('takes "cancel that one" after listing both kinds as naming none: it leaves, and cancels nothing', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await withBoth(alexa);
    await alexa.intent('ListRemindersIntent');
    // Act
    const turn = await alexa.intent('CancelItIntent');
    // Assess
    expect(turn.speech).toContain(PHRASES.goodbye);
    expect(api.reminders).toHaveLength(2);
  });

  it('cancels every reminder of that kind, and says how many', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('CheckInReminderIntent', { delay: 'P2D' });
    await alexa.intent('CheckInReminderIntent', { delay: 'P4D' });
    // Act
    const turn = await alexa.intent('CancelReminderIntent', { reminder: 'check-in' });
    // Assess
    expect(turn.speech).toContain("Okay, I've cancelled your 2 check-in reminders.");
    expect(api.reminders).toEqual([]);
  });

  it.each([
    [undefined, REMINDER_PHRASES.nothingToCancel],
    ['supplement', REMINDER_PHRASES.noSupplementToCancel],
    ['check-in', REMINDER_PHRASES.noCheckInToCancel],
  ] as const)('says so when there is nothing to cancel (%s)', async (reminder, said) => {
    // Act
    const turn = await deviceFor(api.url).intent('CancelReminderIntent', reminder ? { reminder } : {});
    // Assess
    expect(turn.speech).toContain(said);
    expect(api.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it('deletes nothing, and says it is not sure, when the words name no reminder of the skill’s', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SupplementReminderIntent', { time: '07:00' });
    // Act
    const turn = await alexa.intent('CancelReminderIntent', { reminder: { spoken: 'lights' } });
    // Assess
    expect(turn.speech).toBe(PHRASES.notSure);
    expect(api.reminders).toHaveLength(1);
  });

  it('counts a reminder deleted meanwhile (404) as cancelled', async () => {
    // Prepare
    const alexa = deviceFor(api.url);
    await alexa.intent('SupplementReminderIntent', { time: '07:00' });
    api.failNext({ status: 404 }, 1, `${REMINDERS_PATH}/`);
    // Act
    const turn = await alexa.intent('CancelReminderIntent', { reminder: 'supplement' });
    // Assess
    expect(turn.speech).toContain("Okay, I've cancelled your supplement reminder.");
  });

  it('asks for the permission with a card, and calls no API, when reminders are not allowed', async () => {
    // Act
    const turn = await deviceFor(api.url, { granted: false }).intent('CancelReminderIntent', {
      reminder: 'supplement',
    });
    // Assess
    expect(turn.speech).toContain(REMINDER_PHRASES.cancelNoPermission);
    expect(turn.exchange.response.response.card?.type).toBe('AskForPermissionsConsent');
    expect(api.requests).toEqual([]);
  });
});
