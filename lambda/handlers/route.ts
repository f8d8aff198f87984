/** Handlers are routes: which request they take, and which conversation move answers it. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { render } from '../conversation/render';
import type { ConversationState } from '../conversation/state';
import { recordTurn, stateOf } from '../conversation/store';
import type { Turn } from '../conversation/turn';
import { isIntent, isRequestType } from '../requests';

/** A conversation move: what to answer, given the request and what the skill remembers. */
export type Move = (input: HandlerInput, state: ConversationState) => Turn | Promise<Turn>;

/** Answers with `move`'s turn: recorded for the store to save, then rendered. */
export function answerWith(input: HandlerInput, turn: Turn) {
  recordTurn(input, turn);
  return render(input, turn);
}

export function route(canHandle: (input: HandlerInput) => boolean, move: Move): RequestHandler {
  return { canHandle, handle: async (input) => answerWith(input, await move(input, stateOf(input))) };
}

/** A route for named intents; the names let tests hold the handlers and the interaction model together. */
export interface IntentRoute extends RequestHandler {
  readonly intents: readonly string[];
}

export function isIntentRoute(handler: RequestHandler): handler is IntentRoute {
  return Array.isArray((handler as Partial<IntentRoute>).intents);
}

export function onIntent(intents: readonly string[], move: Move): IntentRoute {
  return { ...route((input) => isIntent(input, ...intents), move), intents };
}

export function onRequest(type: string, move: Move): RequestHandler {
  return route((input) => isRequestType(input, type), move);
}
