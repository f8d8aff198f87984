/** Turns a plain-text reply into an Alexa response and remembers it for the next turn. */
import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import type { ConversationState } from './conversation/state';
import { toSsml } from './ssml';

export interface Card {
  title: string;
  text: string;
}

export interface Reply {
  /** Plain-text parts, spoken with a short pause between them. */
  parts: string[];
  /** What Alexa says if the user is silent; every reply that keeps the session open has one. */
  reprompt: string;
  card?: Card;
  directives?: Directive[];
}

/** A conversation step: what to say and what to remember. `end` closes the session. */
export type Turn =
  | { reply: Reply; state: ConversationState; end?: false }
  | { reply: Omit<Reply, 'reprompt'>; end: true };

export function respond(input: HandlerInput, turn: Turn): Response {
  const builder = input.responseBuilder.speak(toSsml(turn.reply.parts));
  if (turn.reply.card) builder.withStandardCard(turn.reply.card.title, turn.reply.card.text);
  for (const directive of turn.reply.directives ?? []) builder.addDirective(directive);
  // The SDK refuses session attributes on a request without a session (a malformed one).
  const inSession = input.requestEnvelope.session !== undefined;
  if (turn.end) {
    if (inSession) input.attributesManager.setSessionAttributes({});
    return builder.withShouldEndSession(true).getResponse();
  }
  const { parts, reprompt } = turn.reply;
  if (inSession) input.attributesManager.setSessionAttributes({ ...turn.state, last: { parts, reprompt } });
  return builder
    .reprompt(toSsml([reprompt]))
    .withShouldEndSession(false)
    .getResponse();
}
