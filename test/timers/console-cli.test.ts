import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_QUESTIONS, TIMERS_PERMISSION } from '../../console/consent';
import { loadBundledHandler } from '../../console/skill-handler';
import { TIMER_PHRASES, TIMER_TEXTS } from '../../lambda/content';
import { jsonLines, runConsole } from '../support/console-cli';

const CONSENT_QUESTION = CONSENT_QUESTIONS[TIMERS_PERMISSION] ?? '';

/** Twenty minutes in a tenth of a second. */
const FAST = ['--time-scale', '12000'];

function says(...utterances: string[]): string[] {
  return utterances.flatMap((utterance) => ['--say', utterance]);
}

describe('the ice timer in the console', () => {
  beforeAll(async () => {
    // Rebuild a stale bundle once here rather than in every console started below.
    await loadBundledHandler();
  }, 120_000);

  it('sets the timer at once with --grant-timers and prints it going off as a JSON event with --wait-timers', async () => {
    // Act
    const run = await runConsole([
      '--grant-timers',
      '--wait-timers',
      '--json',
      ...FAST,
      ...says('I hurt my back lifting a box', 'yes'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    const [advice, accepted, fired, ...rest] = jsonLines(run.stdout);
    expect(advice?.speech).toContain('Shall I set a twenty-minute timer');
    expect(accepted?.speech).toContain(TIMER_PHRASES.set);
    expect(fired).toEqual({
      event: 'timer',
      label: TIMER_TEXTS.label,
      announce: TIMER_TEXTS.announce['en-US'],
      firesAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(rest).toEqual([]);
  });

  it('asks Alexa’s consent question and takes the next --say as the answer', async () => {
    // Act
    const run = await runConsole([
      '--json',
      '--wait-timers',
      ...FAST,
      ...says('set a timer for the ice', 'yes'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    const [handoff, answer, fired] = jsonLines(run.stdout);
    expect(handoff).toMatchObject({
      speech: TIMER_PHRASES.askConsent,
      directives: ['Connections.SendRequest'],
    });
    expect(run.stderr).toContain(CONSENT_QUESTION);
    expect(answer).toMatchObject({ utterance: 'yes', request: 'Connections.Response' });
    expect(answer?.speech).toContain(TIMER_PHRASES.set);
    expect(fired).toMatchObject({ event: 'timer', announce: TIMER_TEXTS.announce['en-US'] });
  });

  it('gives the timing by voice and sets nothing when the user says no', async () => {
    // Act
    const run = await runConsole([
      '--json',
      '--wait-timers',
      ...FAST,
      ...says('set a timer for the ice', 'no'),
    ]);
    // Assess
    expect(run.status).toBe(0);
    const turns = jsonLines(run.stdout);
    expect(turns).toHaveLength(2);
    expect(turns[1]).toMatchObject({ request: 'Connections.Response', card: expect.any(Object) });
    expect(turns[1]?.speech).toContain(TIMER_PHRASES.consentDenied);
    expect(turns[1]?.speech).toContain('Alexa, set a timer for twenty minutes');
  });

  it('exits right after its turns without --wait-timers, leaving the timer unannounced', async () => {
    // Prepare: a real-time twenty-minute timer
    const started = performance.now();
    // Act
    const run = await runConsole(['--grant-timers', '--json', ...says('set a timer for the ice')]);
    // Assess
    expect(run.status).toBe(0);
    expect(performance.now() - started).toBeLessThan(25_000);
    const turns = jsonLines(run.stdout);
    expect(turns).toHaveLength(1);
    expect(turns[0]?.speech).toContain(TIMER_PHRASES.set);
  });

  it('prints the consent question and the announcement for people to read', async () => {
    // Act
    const run = await runConsole(['--wait-timers', ...FAST, ...says('set a timer for the ice', 'y')]);
    // Assess
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(`alexa> ${CONSENT_QUESTION}`);
    expect(lines).toContain('you> y');
    expect(lines.at(-2)).toBe(`⏰ ${TIMER_TEXTS.label}: ${TIMER_TEXTS.announce['en-US']}`);
  });

  it('refuses a time scale that is not a positive number', async () => {
    // Act, Assess
    const run = await runConsole(['--time-scale', '0', ...says('hello')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--time-scale must be a positive number');
  });
});
