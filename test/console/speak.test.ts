import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSpeaker, findEspeak, wavSeconds } from '../../console/speak';

/** CI installs espeak-ng (.ci/run); elsewhere these tests say they were skipped rather than pass unseen. */
const ESPEAK_INSTALLED = findEspeak() !== null;

describe('speaking Alexa’s replies', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'bsc-espeak-'));
    dirs.push(dir);
    return dir;
  }

  describe.skipIf(!ESPEAK_INSTALLED)('with the real espeak-ng', () => {
    it('writes the whole conversation to one WAV file when closed (--wav)', async () => {
      const wav = join(tempDir(), 'out.wav');
      const one = join(tempDir(), 'one.wav');
      const conversation = createSpeaker({ locale: 'en-US', wav, warn: () => undefined });
      const single = createSpeaker({ locale: 'en-US', wav: one, warn: () => undefined });

      await conversation.say('Start with ice for about twenty minutes.');
      await conversation.say('Then switch to heat.');
      expect(existsSync(wav)).toBe(false);
      await conversation.close();
      await single.say('Start with ice for about twenty minutes.');
      await single.close();

      const seconds = wavSeconds(readFileSync(wav));
      // Nine words at espeak-ng's 175 words a minute, plus the pause between the replies.
      expect(seconds).toBeGreaterThan(2);
      expect(seconds).toBeLessThan(8);
      expect(seconds).toBeGreaterThan(wavSeconds(readFileSync(one)));
    });

    it('says each reply aloud, and at most once that it could not play them (--speak)', async () => {
      const warnings: string[] = [];
      const speaker = createSpeaker({ locale: 'en-GB', wav: null, warn: (line) => warnings.push(line) });

      await speaker.say('Hello there.');
      await speaker.say('Goodbye.');
      await speaker.say('');
      await speaker.close();

      // With a sound card espeak-ng plays quietly; without one (CI) it still exits 0, and says why once.
      expect(warnings.length).toBeLessThanOrEqual(1);
      for (const warning of warnings) expect(warning).toMatch(/^espeak-ng could not play the speech: /);
    });
  });

  /**
   * The command line itself (which voice for which locale, one call for a whole WAV) cannot be heard
   * in the output, so a stand-in records it.
   */
  function recordingEspeak(): { path: string; calls: () => string[][] } {
    const dir = tempDir();
    const log = join(dir, 'calls.log');
    const script = join(dir, 'espeak-ng');
    writeFileSync(
      script,
      `#!/bin/sh\nnode -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "$@" >> ${JSON.stringify(log)}\n`,
    );
    chmodSync(script, 0o755);
    const calls = () =>
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[]);
    return { path: dir, calls };
  }

  it('picks the locale’s accent and speaks each reply, or the whole WAV, in one call', async () => {
    const espeak = recordingEspeak();
    const aloud = createSpeaker({ locale: 'en-GB', wav: null, warn: () => undefined, path: espeak.path });
    const toFile = createSpeaker({
      locale: 'en-CA',
      wav: 'out.wav',
      warn: () => undefined,
      path: espeak.path,
    });

    await aloud.say('Hello there.');
    await aloud.say('');
    await toFile.say('One.');
    await toFile.say('Two.');
    await toFile.close();

    expect(espeak.calls()).toEqual([
      ['-v', 'en-gb', 'Hello there.'],
      ['-v', 'en-us', '-w', 'out.wav', 'One.\n\nTwo.'],
    ]);
  });

  it('says once that espeak-ng is missing, then stays quiet', async () => {
    const warnings: string[] = [];
    const speaker = createSpeaker({
      locale: 'en-US',
      wav: null,
      warn: (line) => warnings.push(line),
      path: '/nonexistent',
    });

    await speaker.say('Hello.');
    await speaker.close();

    expect(warnings).toEqual([expect.stringMatching(/espeak-ng is not on PATH/)]);
  });
});

describe('reading a WAV file’s length', () => {
  function wav(dataBytes: number, declared = dataBytes): Buffer {
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(36 + declared, 4);
    header.write('WAVEfmt ', 8, 'ascii');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20); // PCM
    header.writeUInt16LE(1, 22); // mono
    header.writeUInt32LE(22_050, 24);
    header.writeUInt32LE(44_100, 28); // bytes per second: 16-bit samples
    header.writeUInt16LE(2, 32);
    header.writeUInt16LE(16, 34);
    header.write('data', 36, 'ascii');
    header.writeUInt32LE(declared, 40);
    return Buffer.concat([header, Buffer.alloc(dataBytes)]);
  }

  it('divides the data by the byte rate', () => {
    expect(wavSeconds(wav(88_200))).toBe(2);
  });

  it('counts the bytes really there when a streamed WAV declares a placeholder size', () => {
    expect(wavSeconds(wav(44_100, 0x7fff_f000))).toBe(1);
  });

  it('refuses what is not a WAV file', () => {
    expect(() => wavSeconds(Buffer.from('not a wav file at all, just text'))).toThrow(/not a WAV/);
  });
});
