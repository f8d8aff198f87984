/** Renders a turn as Alexa's response. Only renders: the state is the store's (see store.ts). */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isRequestType } from '../requests';
import { toSsml } from '../ssml';
import { lineText } from './lines';
import type { Turn } from './turn';

export function render(input: HandlerInput, turn: Turn): Response {
  const builder = input.responseBuilder.speak(toSsml(turn.say.map(lineText)));
  if (turn.permissionCard) builder.withAskForPermissionsConsentCard([...turn.permissionCard]);
  else if (turn.card) builder.withStandardCard(turn.card.title, turn.card.text);
  for (const directive of turn.directives ?? []) {
    // Alexa accepts Dialog directives only in reply to an IntentRequest.
    if (directive.type.startsWith('Dialog.') && !isRequestType(input, 'IntentRequest')) continue;
    builder.addDirective(directive);
  }
  if (turn.next === 'listen') {
    return builder
      .reprompt(toSsml([lineText(turn.reprompt)]))
      .withShouldEndSession(false)
      .getResponse();
  }
  if (turn.next === 'end') return builder.withShouldEndSession(true).getResponse();
  // Alexa takes the dialog and answers in a new session: no reprompt, and shouldEndSession left out,
  // as in Amazon's own Connections.SendRequest examples.
  return builder.getResponse();
}
