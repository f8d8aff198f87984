/** Reminders in the console, through the real command line: flags, consent, the JSON event lines. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_QUESTIONS, REMINDERS_PERMISSION } from '../../console/consent';
import { loadBundledHandler } from '../../console/skill-handler';
import { REMINDER_PHRASES, REMINDER_TEXTS } from '../../lambda/content';
import { jsonLines, runConsole } from '../support/console-cli';

/** A day in a tenth of a second. */
const FAST = ['--time-scale', '1000000'];

function says(...utterances: string[]): string[] {
  return utterances.flatMap((utterance) => ['--say', utterance]);
}

describe('reminders in the console', () => {
  beforeAll(async () => {
    // Rebuild a stale bundle once here rather than in every console started below.
    await loadBundledHandler();
  }, 120_000);

  it('sets a reminder at once with --grant-reminders and prints one JSON line for it, with the trigger as sent', async () => {
    // Act
    const run = await runConsole([
      '--grant-reminders',
      '--json',
      ...says('remind me to take my magnesium every day at nine pm'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    const [turn, event, ...rest] = jsonLines(run.stdout);
    expect(turn?.speech).toContain('every day at 9 PM');
    expect(event).toEqual({
      event: 'reminder',
      action: 'created',
      id: expect.any(String),
      text: REMINDER_TEXTS.supplement,
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        scheduledTime: expect.stringMatching(/T21:00:00\.000$/),
        timeZoneId: 'America/New_York',
        recurrence: {
          startDateTime: expect.stringMatching(/T21:00:00\.000$/),
          recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0'],
        },
      },
    });
    expect(rest).toEqual([]);
  });

  it('prints the check-in going off with --wait-reminders, in the time zone given', async () => {
    // Act
    const run = await runConsole([
      '--grant-reminders',
      '--wait-reminders',
      '--json',
      '--timezone',
      'Europe/London',
      ...FAST,
      ...says('remind me in three days to check on my back'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    const [, created, fired, ...rest] = jsonLines(run.stdout);
    expect(created).toMatchObject({ action: 'created', trigger: { timeZoneId: 'Europe/London' } });
    expect(fired).toMatchObject({
      event: 'reminder',
      action: 'fired',
      id: created?.id,
      text: REMINDER_TEXTS['check-in'],
    });
    expect(rest).toEqual([]);
  });

  it('prints a line when the skill deletes a reminder', async () => {
    // Act
    const run = await runConsole([
      '--grant-reminders',
      '--json',
      ...says('remind me every day at seven to take my calcium', 'cancel my supplement reminder'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    const events = jsonLines(run.stdout).filter((line) => line.event === 'reminder');
    expect(events.map((event) => event.action)).toEqual(['created', 'deleted']);
    expect(events[1]?.id).toBe(events[0]?.id);
  });

  it('asks Alexa’s reminders consent question, on stderr in --json mode, and takes the next --say as the answer', async () => {
    // Act
    const run = await runConsole(['--json', ...says('remind me in three days to check my back', 'yes')]);
    // Assess
    expect(run.status).toBe(0);
    const [handoff, answer, event] = jsonLines(run.stdout);
    expect(handoff).toMatchObject({
      speech: REMINDER_PHRASES.askConsent,
      directives: ['Connections.SendRequest'],
    });
    expect(run.stderr).toContain(CONSENT_QUESTIONS[REMINDERS_PERMISSION]);
    expect(answer).toMatchObject({ utterance: 'yes', request: 'Connections.Response' });
    expect(answer?.speech).toContain('to check on your back');
    expect(event).toMatchObject({ event: 'reminder', action: 'created' });
  });

  it('says it does not know the time zone with --timezone none', async () => {
    // Act
    const run = await runConsole([
      '--grant-reminders',
      '--timezone',
      'none',
      ...says('remind me every day at nine to take my calcium'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(REMINDER_PHRASES.noTimeZone);
    expect(run.stdout).not.toContain('reminder set');
  });

  it('prints a reminder set and going off for people to read', async () => {
    // Act
    const run = await runConsole([
      '--grant-reminders',
      '--wait-reminders',
      ...FAST,
      ...says('remind me in two days to check my back'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(
      lines.some((line) => line.startsWith('  (reminder set: ') && line.includes('America/New_York')),
    ).toBe(true);
    expect(lines.at(-2)).toBe(`🔔 Here's your reminder: ${REMINDER_TEXTS['check-in']}`);
  });

  it('refuses a time zone that is not one', async () => {
    // Act
    const run = await runConsole(['--timezone', 'Mars/Olympus_Mons', ...says('hello')]);
    // Assess
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--timezone');
  });
});
