/**
 * Turns any failure into a helpful sentence; the session stays open so the user can try again. The
 * SDK skips response interceptors on this path, so the state is saved here.
 */
import type { ErrorHandler } from 'ask-sdk-core';
import { line } from '../conversation/moves';
import { saveState, stateOf } from '../conversation/store';
import { logHandlerError } from '../log';
import { expectsSpeech, requestTypeOf } from '../requests';
import { answerWith } from './route';

export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input, error) => {
    logHandlerError(error);
    if (!expectsSpeech(requestTypeOf(input.requestEnvelope))) {
      saveState(input);
      return input.responseBuilder.getResponse();
    }
    const response = answerWith(input, line(stateOf(input), 'error', 'suggestions'));
    saveState(input);
    return response;
  },
};
