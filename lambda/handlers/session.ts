/** Opening, help, leaving, and the requests Alexa speaks no reply to. */
import { goodbye, line, startOver, welcome } from '../conversation/moves';
import { expectsSpeech, requestTypeOf } from '../requests';
import { onIntent, onRequest, type Route } from './route';

export const launch = onRequest('LaunchRequest', () => welcome());

export const help = onIntent(['AMAZON.HelpIntent'], (_input, state) => line(state, 'help', 'helpReprompt'));

export const exit = onIntent(['AMAZON.StopIntent', 'AMAZON.NavigateHomeIntent'], () => goodbye());

export const restart = onIntent(['AMAZON.StartOverIntent'], () => startOver());

/**
 * SessionEndedRequest, System.ExceptionEncountered, AudioPlayer and PlaybackController events and any
 * other request Alexa does not speak a reply to get an empty response (and the session nothing).
 */
export const silent: Route = {
  canHandle: (input) => !expectsSpeech(requestTypeOf(input.requestEnvelope)),
  handle: (input) => input.responseBuilder.getResponse(),
};
