/**
 * Safety before any advice, whichever intent the words landed in: severe, lasting or recurring pain,
 * another part of the body, a dose, a medicine or another condition, found in any slot.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { answerQuestion } from '../conversation/moves';
import { type Finding, firstAnswer } from '../language/first-answer';
import { isRequestType } from '../requests';
import { cautionAfter, cautioned } from './caution';
import { route } from './route';
import { slotCues } from './slots';

const decided = new WeakMap<HandlerInput, Finding | undefined>();

/** Decided once per request: the router asks, then the handler answers. */
function mustAnswerFirst(input: HandlerInput): Finding | undefined {
  if (!decided.has(input)) {
    decided.set(
      input,
      isRequestType(input, 'IntentRequest') ? firstAnswer(slotCues(input.requestEnvelope)) : undefined,
    );
  }
  return decided.get(input);
}

export const safetyFirst = route(
  (input) => mustAnswerFirst(input) !== undefined,
  (input, state) => {
    const finding = mustAnswerFirst(input) ?? { kind: 'notSure' };
    return cautioned(answerQuestion(state, finding), cautionAfter(finding));
  },
);
