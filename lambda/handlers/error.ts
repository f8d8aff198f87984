/** Turns any failure into a helpful sentence; the session stays open so the user can try again. */
import type { ErrorHandler } from 'ask-sdk-core';
import { PHRASES } from '../content';
import { line } from '../conversation/answers';
import { stateOf } from '../conversation/session';
import { logHandlerError } from '../log';
import { respond } from '../reply';

export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input, error) => {
    logHandlerError(error);
    return respond(input, line(stateOf(input), PHRASES.error, PHRASES.suggestions));
  },
};
