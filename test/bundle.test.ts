import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../build/bundle';
import { BUNDLE_FILE_NAME, LAMBDA_ENTRY, LAMBDA_HANDLER } from '../build/config';
import { launchRequest, newDeviceContext } from '../console/envelope';

/**
 * Loads a handler the way Lambda's Node.js runtime does: from an ES module entry point, `.js` with
 * require() and `.mjs` with import(); then answers the event file and prints the response.
 */
const LIKE_LAMBDA = `import { createRequire } from 'node:module';
const [file, exportName, eventFile] = process.argv.slice(1);
const require = createRequire(import.meta.url);
const loaded = file.endsWith('.mjs') ? await import(file) : require(file);
const response = await loaded[exportName](require(eventFile));
process.stdout.write(JSON.stringify(response));`;

describe('the Lambda bundle', () => {
  // A folder under the OS temp dir has no node_modules above it: only what is bundled can load.
  const dir = mkdtempSync(join(tmpdir(), 'bsc-bundle-'));
  let outfile = '';

  beforeAll(async () => {
    outfile = await bundleLambda(LAMBDA_ENTRY, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one minified file with its source map and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual([BUNDLE_FILE_NAME, `${BUNDLE_FILE_NAME}.map`]);
    expect(statSync(outfile).size).toBeLessThan(1024 * 1024);
  });

  it('is the file the Lambda handler string names', () => {
    const [module] = LAMBDA_HANDLER.split('.');
    expect(parse(outfile).name).toBe(module);
    expect(['.js', '.mjs', '.cjs']).toContain(parse(outfile).ext);
  });

  it('answers a launch request from a folder with no node_modules, loaded as Lambda loads it', () => {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify(launchRequest(newDeviceContext())));
    const exportName = LAMBDA_HANDLER.split('.').slice(1).join('.');
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', LIKE_LAMBDA, outfile, exportName, event],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    // The skill's own log line comes first on stdout; the response is the last line.
    const lines = output.trim().split('\n');
    const response = JSON.parse(lines[lines.length - 1] ?? '{}');
    expect(response.response.outputSpeech.ssml).toContain('Welcome to Back Spasm Coach');
    expect(response.response.shouldEndSession).toBe(false);
  });
});
