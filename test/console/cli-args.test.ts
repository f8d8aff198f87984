import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../console/cli-args';

describe('the console command line', () => {
  it('defaults to the interactive prompt in en-US', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: {
        says: [],
        json: false,
        locale: 'en-US',
        explain: false,
        speak: false,
        wav: null,
        help: false,
        grantTimers: false,
        timeScale: 1,
        waitTimers: false,
        grantReminders: false,
        timeZone: 'America/New_York',
        waitReminders: false,
        logs: false,
      },
    });
  });

  it('takes the reminder flags: consent given, the device time zone or none, and waiting for reminders', () => {
    expect(
      parseCliArgs(['--grant-reminders', '--timezone', 'Europe/London', '--wait-reminders']),
    ).toMatchObject({
      ok: true,
      options: { grantReminders: true, timeZone: 'Europe/London', waitReminders: true },
    });
    expect(parseCliArgs(['--timezone', 'none'])).toMatchObject({ ok: true, options: { timeZone: null } });
    expect(parseCliArgs(['--timezone', 'Mars/Olympus_Mons'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/--timezone/),
    });
  });

  it('takes the timer flags: consent given, a faster clock, and waiting for timers', () => {
    expect(parseCliArgs(['--grant-timers', '--time-scale', '60', '--wait-timers'])).toMatchObject({
      ok: true,
      options: { grantTimers: true, timeScale: 60, waitTimers: true },
    });
    expect(parseCliArgs(['--time-scale', 'fast'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/--time-scale/),
    });
  });

  it('collects repeated --say utterances in order with the other flags', () => {
    const parsed = parseCliArgs([
      '--say',
      'open back spasm coach',
      '--say',
      'why',
      '--json',
      '--explain',
      '--locale',
      'en-GB',
    ]);

    expect(parsed).toMatchObject({
      ok: true,
      options: { says: ['open back spasm coach', 'why'], json: true, explain: true, locale: 'en-GB' },
    });
  });

  it('takes --wav as asking for speech written to that file', () => {
    expect(parseCliArgs(['--wav', 'out.wav'])).toMatchObject({
      ok: true,
      options: { speak: true, wav: 'out.wav' },
    });
  });

  it('rejects unknown flags, stray words and unknown locales', () => {
    expect(parseCliArgs(['--shout'])).toMatchObject({ ok: false, error: expect.stringMatching(/--shout/) });
    expect(parseCliArgs(['hello'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['--locale', 'de-DE'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/de-DE/),
    });
  });

  it('recognizes a request for help', () => {
    expect(parseCliArgs(['-h'])).toMatchObject({ ok: true, options: { help: true } });
  });
});
