/** The console's command line: flags in, options or a usage error out. No side effects. */
import { parseArgs } from 'node:util';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../scripts/locales';
import { isSupportedLocale } from './nlu/compile-model';

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
}

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
  -h, --help          show this help

At the prompt: .help, .new (end the session), .quit (or Ctrl-D).
Docs: docs/console.md`;

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
    },
  });
}
