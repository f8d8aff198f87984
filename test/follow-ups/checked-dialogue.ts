/** The suite's dialogue driver, plus the follow-ups' own rule: no turn speaks more than 90 words. */
import type { RequestEnvelope } from 'ask-sdk-model';
import { expect } from 'vitest';
import { Dialogue, type HeardTurn } from '../support/dialogue';

export const MAX_WORDS = 90;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export class CheckedDialogue extends Dialogue {
  override async send(request: RequestEnvelope): Promise<HeardTurn> {
    const turn = await super.send(request);
    expect(wordCount(turn.speech), turn.speech).toBeLessThanOrEqual(MAX_WORDS);
    return turn;
  }

  /** A free-form question: what follows the carrier phrase, in the QuestionIntent's `query` slot. */
  ask(query: string): Promise<HeardTurn> {
    return this.intent('QuestionIntent', { query: { spoken: query } });
  }
}
