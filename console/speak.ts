/**
 * Optional: hear Alexa's replies through espeak-ng (not Alexa's voice, but it catches text that reads
 * well and sounds wrong). Without espeak-ng on PATH the console says so once and carries on silently.
 * The bench uses the same program to time every answer the skill can speak (bench/speech.ts).
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

export const ESPEAK = 'espeak-ng';

/** espeak-ng's speaking rate when not told otherwise (its `-s` option), in words per minute. */
export const ESPEAK_DEFAULT_WPM = 175;

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

/** espeak-ng's full path, or null when it is not installed. */
export function findEspeak(path?: string): string | null {
  return findOnPath(ESPEAK, path);
}

/** espeak-ng's voice for an Alexa locale: American English for the US and Canada, British elsewhere. */
export function espeakVoice(locale: string): string {
  return locale === 'en-US' || locale === 'en-CA' ? 'en-us' : 'en-gb';
}

/**
 * Runs espeak-ng, resolving with what it wrote to stderr. Without a sound card it still exits 0 and
 * only complains there (ALSA's "cannot find card"), so the caller decides whether to show that.
 */
function run(executable: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const complaints: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => complaints.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(complaints).toString('utf8').trim();
      if (code === 0) resolve(stderr);
      else reject(new Error(`${ESPEAK} exited with ${code}${stderr ? `: ${stderr}` : ''}`));
    });
  });
}

/** Writes `text`, spoken by espeak-ng in `voice`, to the WAV file `wav`. */
export async function writeWav(executable: string, voice: string, text: string, wav: string): Promise<void> {
  await run(executable, ['-v', voice, '-w', wav, text]);
}

/** Seconds of sound in a PCM WAV file: its data chunk's size over the byte rate its fmt chunk gives. */
export function wavSeconds(wav: Buffer): number {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a WAV file');
  }
  let byteRate = 0;
  for (let at = 12; at + 8 <= wav.length; ) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(at + 16);
    if (id === 'data') {
      if (byteRate === 0) throw new Error('WAV data before its format');
      // A streamed WAV declares a placeholder size: count the bytes that are really there.
      return Math.min(size, wav.length - at - 8) / byteRate;
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV file without data');
}

export function createSpeaker({ locale, wav, warn, path }: SpeakerOptions): Speaker {
  const executable = findEspeak(path);
  if (!executable) {
    warn(
      `${ESPEAK} is not on PATH: not speaking (install it, e.g. apt-get install espeak-ng, to hear Alexa).`,
    );
    return { say: async () => undefined, close: async () => undefined };
  }
  const voice = espeakVoice(locale);
  if (!wav) {
    let complained = false;
    return {
      say: async (text) => {
        if (!text) return;
        const complaint = await run(executable, ['-v', voice, text]);
        // Said once, in one line: without a sound card every reply would repeat a dozen ALSA lines.
        if (complaint && !complained) {
          complained = true;
          warn(`${ESPEAK} could not play the speech: ${complaint.split('\n')[0]}`);
        }
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
      if (spoken.length > 0) await writeWav(executable, voice, spoken.join('\n\n'), wav);
    },
  };
}
