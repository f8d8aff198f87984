import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../build/bundle';
import { LAMBDA_ENTRY } from '../build/config';
import { launchRequest, newDeviceContext } from '../console/envelope';

describe('the Lambda bundle', () => {
  // A folder under the OS temp dir has no node_modules above it: only what is bundled can load.
  const dir = mkdtempSync(join(tmpdir(), 'bsc-bundle-'));
  let outfile = '';

  beforeAll(async () => {
    outfile = await bundleLambda(LAMBDA_ENTRY, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one minified file with its source map and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(['index.js', 'index.js.map']);
    expect(statSync(outfile).size).toBeLessThan(1024 * 1024);
  });

  it('answers a launch request from a folder with no node_modules', () => {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify(launchRequest(newDeviceContext())));
    const script = `require(${JSON.stringify(outfile)}).handler(require(${JSON.stringify(event)}))
      .then((r) => process.stdout.write(JSON.stringify(r)))`;
    const output = execFileSync(process.execPath, ['-e', script], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const lines = output.trim().split('\n');
    const response = JSON.parse(lines[lines.length - 1] ?? '{}');
    expect(response.response.outputSpeech.ssml).toContain('Welcome to Back Spasm Coach');
    expect(response.response.shouldEndSession).toBe(false);
  });
});
