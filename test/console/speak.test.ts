import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSpeaker } from '../../console/speak';

describe('speaking Alexa’s replies', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in espeak-ng that appends its arguments, one call per line, to a log. */
  function fakeEspeak(): { path: string; calls: () => string[][] } {
    const dir = mkdtempSync(join(tmpdir(), 'bsc-espeak-'));
    dirs.push(dir);
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

  it('says each reply aloud in the locale’s accent', async () => {
    const espeak = fakeEspeak();
    const speaker = createSpeaker({ locale: 'en-GB', wav: null, warn: () => undefined, path: espeak.path });

    await speaker.say('Hello there.');
    await speaker.say('');

    expect(espeak.calls()).toEqual([['-v', 'en-gb', 'Hello there.']]);
  });

  it('writes the whole conversation to one WAV file when closed', async () => {
    const espeak = fakeEspeak();
    const speaker = createSpeaker({
      locale: 'en-US',
      wav: 'out.wav',
      warn: () => undefined,
      path: espeak.path,
    });

    await speaker.say('One.');
    await speaker.say('Two.');
    await speaker.close();

    expect(espeak.calls()).toEqual([['-v', 'en-us', '-w', 'out.wav', 'One.\n\nTwo.']]);
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
