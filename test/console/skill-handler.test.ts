import { describe, expect, it } from 'vitest';
import { launchRequest, newDeviceContext } from '../../console/envelope';
import { loadBundledHandler } from '../../console/skill-handler';

describe('the skill the console talks to', () => {
  it('answers a launch request like the deployed Lambda', async () => {
    const handler = await loadBundledHandler();

    const envelope = await handler(launchRequest(newDeviceContext()));

    expect(envelope.version).toBe('1.0');
    expect(envelope.response.shouldEndSession).toBe(false);
  });
});
