/** Handlers are routes: which request they take, and which conversation move answers it. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { stateOf } from '../conversation/session';
import type { ConversationState } from '../conversation/state';
import { respond, type Turn } from '../reply';
import { isIntent, isRequestType } from '../requests';

type Move = (input: HandlerInput, state: ConversationState) => Turn | Promise<Turn>;

function route(canHandle: (input: HandlerInput) => boolean, move: Move): RequestHandler {
  return {
    canHandle,
    handle: async (input) => respond(input, await move(input, stateOf(input))),
  };
}

/** A route for named intents; the names let tests hold the handlers and the interaction model together. */
export interface IntentRoute extends RequestHandler {
  readonly intents: readonly string[];
}

export function isIntentRoute(handler: RequestHandler): handler is IntentRoute {
  return Array.isArray((handler as Partial<IntentRoute>).intents);
}

/** `when` narrows the route to a conversation state, e.g. "yes" while a timer is on offer. */
export function onIntent(
  names: readonly string[],
  move: Move,
  when: (state: ConversationState) => boolean = () => true,
): IntentRoute {
  return { ...route((input) => isIntent(input, ...names) && when(stateOf(input)), move), intents: names };
}

export function onRequest(type: string, move: Move): RequestHandler {
  return route((input) => isRequestType(input, type), move);
}
