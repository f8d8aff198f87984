import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchRequest, newDeviceContext } from '../../console/envelope';
import { BUNDLE_FILE, LAMBDA_SOURCE_DIR, loadBundledHandler } from '../../console/skill-handler';
import { LAMBDA_ENTRY, LAMBDA_OUT_DIR } from '../../scripts/lambda-bundle';

describe('the skill the console talks to', () => {
  it('is the same bundle npm run build makes from the same sources', () => {
    const root = resolve(__dirname, '..', '..');

    expect(BUNDLE_FILE).toBe(join(root, LAMBDA_OUT_DIR, 'index.js'));
    expect(join(root, LAMBDA_ENTRY).startsWith(`${LAMBDA_SOURCE_DIR}/`)).toBe(true);
  });

  it('answers a launch request like the deployed Lambda', async () => {
    const handler = await loadBundledHandler();

    const envelope = await handler(launchRequest(newDeviceContext()));

    expect(envelope.version).toBe('1.0');
    expect(envelope.response.shouldEndSession).toBe(false);
  });
});
