/** Questions in the user's own words, and anything the model could not place. */
import { answerQuestion, line } from '../conversation/moves';
import { spokenSlotValue } from '../requests';
import { lookup } from '../retrieval/lookup';
import { onIntent, onRequest } from './route';

/**
 * QuestionIntent carries the words in its `query` slot. A real device's FallbackIntent carries no
 * words at all, so it gets "not sure"; the words are used if some client does send them.
 */
export const question = onIntent(['QuestionIntent', 'AMAZON.FallbackIntent'], (input, state) =>
  answerQuestion(state, lookup(spokenSlotValue(input.requestEnvelope, 'query') ?? '')),
);

/** An intent this skill does not know (or a request with no intent at all) gets an honest answer. */
export const unknownIntent = onRequest('IntentRequest', (_input, state) =>
  line(state, 'notSure', 'suggestions'),
);
