/** Reminder state and lines come back from the device untrusted: only what the skill could have written is kept. */
import { describe, expect, it } from 'vitest';
import { REMINDER_PHRASES } from '../../lambda/content';
import { lineText } from '../../lambda/conversation/lines';
import { readState, STATE_VERSION } from '../../lambda/conversation/state';

const PROMPT = { phrase: 'reprompt' };

describe('reminders in the session state', () => {
  it('keeps the reminder offers and the reminder offer it knows, and drops the rest', () => {
    // Act
    const state = readState({
      v: STATE_VERSION,
      reminderOffers: ['supplement', 'alarm', 'supplement', 7],
      offer: { kind: 'reminder', reminder: 'check-in' },
    });
    const forged = readState({ v: STATE_VERSION, offer: { kind: 'reminder', reminder: 'alarm' } });
    // Assess
    expect(state.reminderOffers).toEqual(['supplement']);
    expect(state.offer).toEqual({ kind: 'reminder', reminder: 'check-in' });
    expect(forged.offer).toBeUndefined();
  });

  it('says a kept reminder line again from its values, in the content’s words', () => {
    // Act
    const state = readState({
      v: STATE_VERSION,
      last: {
        say: [
          { reminder: 'count', count: 2, listed: 2 },
          { reminder: 'listed', kind: 'supplement', time: '21:00' },
          { reminder: 'listed', kind: 'check-in', date: '2026-12-04', time: '10:00' },
          { reminder: 'noTimer' },
        ],
        reprompt: PROMPT,
      },
    });
    // Assess
    expect(state.last?.say.map(lineText)).toEqual([
      'You have 2 reminders from me.',
      'Every day at 9 PM: Time for your calcium and magnesium supplement.',
      'On Friday, December 4 at 10 AM: a check-in on your back.',
      REMINDER_PHRASES.noTimer,
    ]);
  });

  it.each([
    ['a time that is no time', { reminder: 'set', kind: 'supplement', time: '25:00' }],
    ['words instead of a time', { reminder: 'set', kind: 'supplement', time: '<speak>hi</speak>' }],
    ['a date that is no date', { reminder: 'listed', kind: 'check-in', date: '2026-02-30', time: '10:00' }],
    ['a count out of range', { reminder: 'count', count: 1e9, listed: 3 }],
    ['more listed than counted', { reminder: 'count', count: 2, listed: 3 }],
    ['an unknown kind', { reminder: 'cancelled', kind: 'alarm', count: 1 }],
    ['an unknown phrase', { reminder: '__proto__' }],
  ])('drops the last reply holding %s', (_what, forged) => {
    // Act
    const state = readState({ v: STATE_VERSION, last: { say: [forged], reprompt: PROMPT } });
    // Assess
    expect(state.last).toBeUndefined();
  });
});
