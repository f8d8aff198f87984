/** The console's command line: flags in, options or a usage error out. No side effects. */
import { parseArgs } from 'node:util';
import { isSupportedLocale, SUPPORTED_LOCALES, type SupportedLocale } from '../build/config';
import { isTimeZoneId } from '../lambda/reminders/local-time';

export interface CliOptions {
  /** Utterances to run in one session, then exit; empty for the interactive prompt. */
  says: string[];
  json: boolean;
  locale: SupportedLocale;
  explain: boolean;
  speak: boolean;
  /** Write Alexa's speech to this WAV file instead of the speakers. */
  wav: string | null;
  help: boolean;
  /** Start with the timers permission given, so the skill sets the ice timer without asking. */
  grantTimers: boolean;
  /** Timers and reminders run this many times faster than real time (60: twenty minutes in twenty seconds). */
  timeScale: number;
  /** After the last turn, wait for pending timers to go off before exiting. */
  waitTimers: boolean;
  /** Start with the reminders permission given, so the skill sets reminders without asking. */
  grantReminders: boolean;
  /** The device's time zone setting, an IANA id; null for none set. */
  timeZone: string | null;
  /** After the last turn, wait for every reminder to go off once before exiting. */
  waitReminders: boolean;
  /** Show the skill's own log lines (on stderr); hidden by default, they would drown the dialogue. */
  logs: boolean;
}

/** Where the console's device is, unless told otherwise. */
export const DEFAULT_TIME_ZONE = 'America/New_York';

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Back Spasm Coach voice console: type what you would say to the speaker, read what Alexa says back.

Usage: npm start [-- options]

Options:
  --say <utterance>   say this (repeatable); runs the turns in one session, then exits
  --json              one JSON object per turn on stdout, nothing else
  --locale <locale>   interaction model and request locale: ${SUPPORTED_LOCALES.join(', ')} (default en-US)
  --explain           also show how each utterance was resolved (intent, slots, score)
  --speak             say Alexa's speech aloud with espeak-ng, if installed
  --wav <file>        write Alexa's speech to a WAV file with espeak-ng instead
  --grant-timers      start with the timers permission given (no consent question)
  --time-scale <n>    run timers and reminders n times faster (60: the ice timer in 20 s)
  --wait-timers       before exiting, wait for pending timers to go off (and print them)
  --grant-reminders   start with the reminders permission given (no consent question)
  --timezone <id>     the device's time zone, an IANA id (default ${DEFAULT_TIME_ZONE}); none: not set
  --wait-reminders    before exiting, wait for each reminder to go off once (use --time-scale)
  --logs              show the skill's own JSON log lines (on stderr)
  -h, --help          show this help

At the prompt: .help, .new (end the session), .quit (or Ctrl-D).
Without --grant-timers (--grant-reminders), Alexa's consent question is asked at the prompt; with
--say, the next --say (yes / no) answers it.

Docs: docs/console.md, docs/timers.md, docs/reminders.md`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const locale = values.locale ?? 'en-US';
  if (!isSupportedLocale(locale)) {
    return { ok: false, error: `unknown locale "${locale}" (choose from ${SUPPORTED_LOCALES.join(', ')})` };
  }
  const timeScale = Number(values['time-scale'] ?? 1);
  if (!Number.isFinite(timeScale) || timeScale <= 0) {
    return { ok: false, error: `--time-scale must be a positive number, not "${values['time-scale']}"` };
  }
  const timeZone = values.timezone ?? DEFAULT_TIME_ZONE;
  if (timeZone !== 'none' && !isTimeZoneId(timeZone)) {
    return {
      ok: false,
      error: `--timezone must be an IANA time zone such as Europe/London, or none, not "${timeZone}"`,
    };
  }
  return {
    ok: true,
    options: {
      says: values.say ?? [],
      json: values.json ?? false,
      locale,
      explain: values.explain ?? false,
      speak: (values.speak ?? false) || values.wav !== undefined,
      wav: values.wav ?? null,
      help: values.help ?? false,
      grantTimers: values['grant-timers'] ?? false,
      timeScale,
      waitTimers: values['wait-timers'] ?? false,
      grantReminders: values['grant-reminders'] ?? false,
      timeZone: timeZone === 'none' ? null : timeZone,
      waitReminders: values['wait-reminders'] ?? false,
      logs: values.logs ?? false,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      say: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      locale: { type: 'string' },
      explain: { type: 'boolean' },
      speak: { type: 'boolean' },
      wav: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      'grant-timers': { type: 'boolean' },
      'time-scale': { type: 'string' },
      'wait-timers': { type: 'boolean' },
      'grant-reminders': { type: 'boolean' },
      timezone: { type: 'string' },
      'wait-reminders': { type: 'boolean' },
      logs: { type: 'boolean' },
    },
  });
}
