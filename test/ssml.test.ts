import { describe, expect, it } from 'vitest';
import { escapeSsml, toSsml } from '../lambda/ssml';

describe('SSML', () => {
  it('escapes the characters that would break the markup', () => {
    expect(escapeSsml(`Tom & Jerry's "<b>"`)).toBe('Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot;');
  });

  it('wraps parts in speak with a short pause between them and drops empty parts', () => {
    expect(toSsml(['Ice first.', '  ', 'Then heat?'])).toBe(
      '<speak>Ice first. <break time="300ms"/> Then heat?</speak>',
    );
  });
});
