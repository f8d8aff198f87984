/** The phrasing sets' scorer plays Alexa's part too: the consent question the skill hands over to it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreConversations } from '../../evaluation/conversation-accuracy';
import type { PhrasingCase } from '../../evaluation/phrasing-sets';
import { invoke } from '../support/dialogue';
import { type CapturedLogs, captureLogs } from './captured-logs';

let logs: CapturedLogs;
beforeAll(() => {
  logs = captureLogs();
});
afterAll(() => logs.restore());

/** One conversation, scored: each turn said, with the answer a person expects. */
function scoreOf(...turns: [say: string, expect: string][]) {
  const played: PhrasingCase = {
    id: 't1',
    locale: 'en-US',
    turns: turns.map(([say, expect]) => ({ say, expect: [expect] })),
  };
  return scoreConversations(invoke, [played]);
}

describe('scoring a conversation that needs a permission', () => {
  it("takes a yes after Alexa's consent question as the answer to it, and the timer is then set", async () => {
    // Act
    const report = await scoreOf(
      ['set a timer for the ice', 'timer-set'],
      ['yes please', 'timer-set'],
      ['cancel the timer', 'timer-cancel'],
    );
    // Assess
    expect(report.turns.map((turn) => turn.right)).toEqual([true, true, true]);
    expect(report.turns[1]?.intent).toBe('AMAZON.YesIntent');
  });

  it('allows the permission when the talk goes on without a yes, as the person who asked would', async () => {
    // Act
    const report = await scoreOf(['set a timer for the ice', 'timer-set'], ['cancel it', 'timer-cancel']);
    // Assess
    expect(report.turns.map((turn) => turn.right)).toEqual([true, true]);
  });

  it('takes a no as refusing, so there is no timer to cancel', async () => {
    // Act
    const report = await scoreOf(
      ['set a timer for the ice', 'timer-set'],
      ['no', 'timer-set'],
      ['cancel the timer', 'timer-cancel'],
    );
    // Assess
    expect(report.turns[2]?.speech).toMatch(/no ice timer/i);
  });
});
