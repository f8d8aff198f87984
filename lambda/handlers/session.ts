/** Opening, help, leaving, and the end of a session. */
import type { RequestHandler } from 'ask-sdk-core';
import { PHRASES } from '../content';
import { goodbye, line, startOver, welcome } from '../conversation/answers';
import { isRequestType } from '../requests';
import { onIntent, onRequest } from './route';

export const launch = onRequest('LaunchRequest', () => welcome());

export const help = onIntent(['AMAZON.HelpIntent'], (_input, state) =>
  line(state, PHRASES.help, PHRASES.helpReprompt),
);

export const exit = onIntent(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'], () =>
  goodbye(),
);

export const restart = onIntent(['AMAZON.StartOverIntent'], () => startOver());

/** Alexa ignores any speech in reply to SessionEndedRequest, so the response is empty. */
export const sessionEnded: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle: (input) => input.responseBuilder.getResponse(),
};
