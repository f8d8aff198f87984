/** Handlers are routes: which request they take, and which conversation move answers it. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stateOf } from '../conversation/session';
import type { ConversationState } from '../conversation/state';
import { respond, type Turn } from '../reply';
import { isIntent, isRequestType } from '../requests';

/** A conversation move: what to answer, given the request and what the skill remembers. */
export type Move<T> = (input: HandlerInput, state: ConversationState) => T | Promise<T>;
/** Turns a move's result into the response; `respond` for ordinary turns. */
type Answer<T> = (input: HandlerInput, result: T) => Response;

export function route<T>(
  canHandle: (input: HandlerInput) => boolean,
  move: Move<T>,
  answer: Answer<T>,
): RequestHandler {
  return {
    canHandle,
    handle: async (input) => answer(input, await move(input, stateOf(input))),
  };
}

/** A route for named intents; the names let tests hold the handlers and the interaction model together. */
export interface IntentRoute extends RequestHandler {
  readonly intents: readonly string[];
}

export function isIntentRoute(handler: RequestHandler): handler is IntentRoute {
  return Array.isArray((handler as Partial<IntentRoute>).intents);
}

/**
 * Makes intent routes whose moves `answer` turns into responses. `when` narrows a route to a
 * conversation state, e.g. "yes" while a timer is on offer.
 */
export function intentRoutes<T>(answer: Answer<T>) {
  return (
    intents: readonly string[],
    move: Move<T>,
    when: (state: ConversationState) => boolean = () => true,
  ): IntentRoute => ({
    ...route((input) => isIntent(input, ...intents) && when(stateOf(input)), move, answer),
    intents,
  });
}

export const onIntent = intentRoutes<Turn>(respond);

export function onRequest(type: string, move: Move<Turn>): RequestHandler {
  return route((input) => isRequestType(input, type), move, respond);
}
