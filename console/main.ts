/**
 * `npm start`: the voice console's command line. Reads utterances from --say flags or the `you> `
 * prompt (a terminal or piped input), prints each turn for people or as JSON lines. stdout carries only
 * turns; the skill's own logs, build messages and warnings go to stderr.
 */
import { createInterface } from 'node:readline';
import type { interfaces } from 'ask-sdk-model';
import type { FiredTimer, ReminderEvent } from '../devtools/fake-alexa-apis';
import { reminderEventLine, startConsoleApis, timerEventLine } from './alexa-apis';
import { type CliOptions, parseCliArgs, USAGE } from './cli-args';
import { consentAnswer, consentQuestion, consentRequestOf, readConsent } from './consent';
import { renderTurn, turnToJson } from './render';
import { createConsoleSession, type VoiceConsole } from './session';
import { createSpeaker, type Speaker } from './speak';
import type { Turn } from './turn';

const COMMANDS = `Say what you would say to the speaker: "open back spasm coach", or ask straight away.
Commands: .help  .new (end the session)  .quit (end it and exit; Ctrl-D too)`;

interface Output {
  /** A line on stdout. */
  print(text: string): void;
  /** A line on stderr. */
  note(text: string): void;
  /** Resolves once stdout has been handed to the OS. */
  flush(): Promise<void>;
}

/**
 * Takes stdout for the console alone: anything else written there goes to stderr. The skill logs
 * through console.*; those lines are dropped unless `showLogs`, and then they go to stderr too.
 */
function claimStdout(showLogs: boolean): Output {
  const stdout = process.stdout;
  const write = stdout.write.bind(stdout);
  stdout.write = process.stderr.write.bind(process.stderr);
  if (!showLogs) {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => {};
  }
  return {
    print: (text) => write(`${text}\n`),
    note: (text) => process.stderr.write(`${text}\n`),
    flush: () => new Promise((resolve) => write('', () => resolve())),
  };
}

class ConsoleLoop {
  failed = false;
  /** The skill's AskFor request while Alexa's consent question waits for the next line. */
  private consent: interfaces.connections.SendRequestDirective | undefined;
  /** What happened on the device while a turn was under way: shown after that turn. */
  private held: { line: string; speech: string | undefined }[] | undefined;

  constructor(
    private readonly voice: VoiceConsole,
    private readonly options: CliOptions,
    private readonly output: Output,
    private readonly speaker: Speaker | null,
  ) {}

  private async show(turn: Turn): Promise<void> {
    const { json } = this.options;
    this.output.print(json ? turnToJson(turn, this.options) : renderTurn(turn, this.options));
    await this.speaker?.say(turn.speech);
    this.consent = consentRequestOf(turn.exchange.response);
    // Alexa, not the skill, asks for the permission; in --json mode stdout stays turns and events only.
    if (this.consent) {
      const question = consentQuestion(this.consent);
      (json ? this.output.note : this.output.print)(`alexa> ${question}`);
      await this.speaker?.say(question.replace(/\s*\(y\/n\)$/, ''));
    }
  }

  /** A timer went off: Alexa's announcement, printed (a JSON line with --json) and spoken. */
  timerFired(fired: FiredTimer): void {
    this.deviceEvent(timerEventLine(fired, this.options.json), fired.announce ?? '');
  }

  /** A reminder was set, deleted or went off: a line (a JSON line with --json); Alexa speaks one going off. */
  reminderEvent(event: ReminderEvent): void {
    const speech = event.action === 'fired' ? `Here's your reminder. ${event.text ?? ''}` : undefined;
    this.deviceEvent(reminderEventLine(event, this.options.json), speech);
  }

  /** Shown at once, or after the turn under way, which is usually what caused it. */
  private deviceEvent(line: string, speech: string | undefined): void {
    if (this.held) {
      this.held.push({ line, speech });
      return;
    }
    this.output.print(line);
    if (speech) this.speaker?.say(speech).catch((error: unknown) => this.output.note(String(error)));
  }

  /** A turn, then whatever happened on the device meanwhile. */
  private async turn(answer: () => Promise<Turn>): Promise<void> {
    this.held = [];
    try {
      await this.show(await answer());
    } finally {
      const held = this.held;
      this.held = undefined;
      for (const { line, speech } of held) this.deviceEvent(line, speech);
    }
  }

  /** The line after Alexa's consent question answers it, as a Connections.Response in a new session. */
  private async answerConsent(
    request: interfaces.connections.SendRequestDirective,
    text: string,
  ): Promise<Turn> {
    this.consent = undefined;
    return this.voice.send(consentAnswer(this.voice.device, request, readConsent(text)), text);
  }

  /** Ends the open session (shown as a turn), if there is one. */
  async end(label: string): Promise<void> {
    const turn = await this.voice.close(label);
    if (turn) await this.show(turn);
  }

  /** One line of input: a command or an utterance. Returns false when the user asked to quit. */
  async handle(line: string, echo: boolean): Promise<boolean> {
    const text = line.trim();
    if (!text) return true;
    if (text === '.quit') {
      await this.end(text);
      return false;
    }
    if (text === '.new') {
      this.consent = undefined;
      await this.end(text);
      return true;
    }
    if (text === '.help') {
      (this.options.json ? this.output.note : this.output.print)(COMMANDS);
      return true;
    }
    if (text.startsWith('.')) {
      this.output.note(`unknown command ${text} (try .help)`);
      return true;
    }
    if (echo && !this.options.json) this.output.print(`you> ${text}`);
    try {
      const consent = this.consent;
      await this.turn(() => (consent ? this.answerConsent(consent, text) : this.voice.say(text)));
    } catch (error) {
      this.failed = true;
      this.output.note(
        `the skill failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    return true;
  }

  /** Runs the --say utterances in one session. */
  async script(lines: readonly string[]): Promise<void> {
    for (const line of lines) if (!(await this.handle(line, true))) return;
  }

  /** The `you> ` prompt, until .quit, Ctrl-D or the end of piped input: each ends the open session. */
  async interactive(): Promise<void> {
    const terminal = process.stdin.isTTY === true;
    const prompt = createInterface({
      input: process.stdin,
      output: terminal ? process.stderr : undefined,
      terminal,
      prompt: 'you> ',
    });
    prompt.on('SIGINT', () => prompt.close());
    if (terminal) this.output.note(COMMANDS);
    prompt.prompt();
    let quit = false;
    for await (const line of prompt) {
      if (!(await this.handle(line, !terminal))) {
        quit = true;
        break;
      }
      prompt.prompt();
    }
    prompt.close();
    if (!quit) {
      if (terminal) this.output.note('');
      await this.end('(end of input)');
    }
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const output = claimStdout(options.logs);
  const voice = await createConsoleSession({ locale: options.locale, log: output.note });
  const speaker = options.speak
    ? createSpeaker({ locale: options.locale, wav: options.wav, warn: output.note })
    : null;
  const apis = await startConsoleApis(voice.device, options);
  const loop = new ConsoleLoop(voice, options, output, speaker);
  apis.on('timer', (fired) => loop.timerFired(fired));
  apis.on('reminder', (event) => loop.reminderEvent(event));
  try {
    if (options.says.length > 0) await loop.script(options.says);
    else await loop.interactive();
    if (options.waitTimers) await apis.whenTimersIdle();
    if (options.waitReminders) await apis.whenRemindersFired();
  } finally {
    await apis.close();
    await speaker?.close();
    await output.flush();
  }
  return loop.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  // Exit explicitly once output is flushed: nothing the skill left running (a socket, a timer) may hold the console open.
  (code) => process.stdout.write('', () => process.exit(code)),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
