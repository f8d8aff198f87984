import { describe, expect, it } from 'vitest';
import { startConsoleApis, timerEventLine } from '../../console/alexa-apis';
import { readConsent } from '../../console/consent';
import { newDeviceContext } from '../../console/envelope';

describe('the console’s side of the ice timer', () => {
  it.each([
    ['y', true],
    ['Yes', true],
    ['I approve', true],
    ['n', false],
    ['no.', false],
    ['maybe later', undefined],
    ['', undefined],
  ])('reads the answer "%s" to the consent question as %s', (said, allowed) => {
    expect(readConsent(said)).toBe(allowed);
  });

  it('points the device at a running fake, with consent only when granted', async () => {
    // Prepare
    const granted = newDeviceContext();
    const asking = newDeviceContext();
    // Act
    const options = { grantReminders: false, timeZone: null, timeScale: 1 };
    const grantedApi = await startConsoleApis(granted, { ...options, grantTimers: true });
    const askingApi = await startConsoleApis(asking, { ...options, grantTimers: false });
    // Assess
    expect(granted.apiEndpoint).toBe(grantedApi.url);
    expect(granted.consentToken).toBeTruthy();
    expect(asking.apiEndpoint).toBe(askingApi.url);
    expect(asking.consentToken).toBeUndefined();
    await Promise.all([grantedApi.close(), askingApi.close()]);
  });

  it('prints a timer going off as a line to read, or as a JSON line', () => {
    // Prepare
    const fired = {
      id: 'a1',
      label: 'Ice, then heat',
      announce: "Time's up: take the ice off and switch to heat.",
      firesAt: '2025-11-25T04:00:00.000Z',
    };
    // Act
    const text = timerEventLine(fired, false);
    const json = JSON.parse(timerEventLine(fired, true));
    // Assess
    expect(text).toContain('Ice, then heat');
    expect(text).toContain('switch to heat');
    expect(json).toEqual({
      event: 'timer',
      label: fired.label,
      announce: fired.announce,
      firesAt: fired.firesAt,
    });
  });
});
