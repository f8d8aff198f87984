/**
 * Optional: hear Alexa's replies through espeak-ng (not Alexa's voice, but it catches text that reads
 * well and sounds wrong). Without espeak-ng on PATH the console says so once and carries on silently.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Speaker {
  say(text: string): Promise<void>;
  /** Finishes: with a WAV file, writes the whole conversation's speech to it. */
  close(): Promise<void>;
}

export interface SpeakerOptions {
  locale: string;
  /** Write to this WAV file instead of the speakers. */
  wav: string | null;
  warn: (message: string) => void;
  /** The PATH to search; defaults to the process's. */
  path?: string;
}

const ESPEAK = 'espeak-ng';

function findOnPath(command: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

function run(executable: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${ESPEAK} exited with ${code}`))));
  });
}

export function createSpeaker({ locale, wav, warn, path }: SpeakerOptions): Speaker {
  const executable = findOnPath(ESPEAK, path);
  if (!executable) {
    warn(
      `${ESPEAK} is not on PATH: not speaking (install it, e.g. apt-get install espeak-ng, to hear Alexa).`,
    );
    return { say: async () => undefined, close: async () => undefined };
  }
  const voice = locale === 'en-US' || locale === 'en-CA' ? 'en-us' : 'en-gb';
  if (!wav) {
    return {
      say: async (text) => {
        if (text) await run(executable, ['-v', voice, text]);
      },
      close: async () => undefined,
    };
  }
  const spoken: string[] = [];
  return {
    say: async (text) => {
      if (text) spoken.push(text);
    },
    close: async () => {
      if (spoken.length > 0) await run(executable, ['-v', voice, '-w', wav, spoken.join('\n\n')]);
    },
  };
}
