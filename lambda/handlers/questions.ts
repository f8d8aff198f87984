/** Questions in the user's own words, and anything the model could not place. */
import { PHRASES } from '../content';
import { line } from '../conversation/answers';
import type { ConversationState } from '../conversation/state';
import { onIntent, onRequest } from './route';

const notSure = (_input: unknown, state: ConversationState) => line(state, PHRASES.notSure, PHRASES.suggestions);

export const question = onIntent(['QuestionIntent', 'AMAZON.FallbackIntent'], notSure);

/** An intent this skill does not know (or a request with no intent at all) gets the same honest answer. */
export const unknownIntent = onRequest('IntentRequest', notSure);
