/** The suite's dialogue driver, plus the follow-ups' own rule: no turn speaks more than the voice budget. */
import type { RequestEnvelope } from 'ask-sdk-model';
import { expect } from 'vitest';
import type { Turn } from '../../console/turn';
import { VOICE_BUDGET_WORDS, wordCount } from '../../evaluation/voice-budget';
import { Dialogue } from '../support/dialogue';

export class CheckedDialogue extends Dialogue {
  override async send(request: RequestEnvelope): Promise<Turn> {
    const turn = await super.send(request);
    expect(wordCount(turn.speech), turn.speech).toBeLessThanOrEqual(VOICE_BUDGET_WORDS);
    return turn;
  }

  /** A free-form question: what follows the carrier phrase, in the QuestionIntent's `query` slot. */
  ask(query: string): Promise<Turn> {
    return this.intent('QuestionIntent', { query: { spoken: query } });
  }
}
