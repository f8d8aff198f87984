/** Handlers are routes: which request they take, and which conversation move answers it. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { render } from '../conversation/render';
import type { ConversationState } from '../conversation/state';
import { recordTurn, stateOf } from '../conversation/store';
import type { Turn } from '../conversation/turn';
import { isIntent, isRequestType } from '../requests';
import { heedCaution } from './caution';

/** A conversation move: what to answer, given the request and what the skill remembers. */
export type Move = (input: HandlerInput, state: ConversationState) => Turn | Promise<Turn>;

/** Answers with `move`'s turn: recorded for the store to save, then rendered. */
export function answerWith(input: HandlerInput, turn: Turn) {
  recordTurn(input, turn);
  return render(input, turn);
}

/** A request handler that decides at once whether it takes a request. */
export interface Route extends RequestHandler {
  canHandle(input: HandlerInput): boolean;
  handle(input: HandlerInput): Response | Promise<Response>;
}

/** A move gets the state without the last turn's caution, which is applied to its answer (caution.ts). */
export function route(canHandle: (input: HandlerInput) => boolean, move: Move): Route {
  return {
    canHandle,
    handle: async (input) => {
      const { cautioned, ...state } = stateOf(input);
      const turn = await move(input, state);
      return answerWith(input, cautioned ? heedCaution(input, cautioned, state, turn) : turn);
    },
  };
}

/** A route for named intents; the names let tests hold the handlers and the interaction model together. */
export interface IntentRoute extends Route {
  readonly intents: readonly string[];
}

export function isIntentRoute(handler: RequestHandler): handler is IntentRoute {
  return Array.isArray((handler as Partial<IntentRoute>).intents);
}

/**
 * The routes, in order, as one SDK handler. The SDK awaits every handler's canHandle in turn — a
 * promise and a microtask apiece, the largest part of a warm request with thirty-odd routes — while
 * each route decides synchronously, so one handler asks them all at once.
 */
export function asOneHandler(routes: readonly Route[]): RequestHandler {
  const chosen = new WeakMap<HandlerInput, Route>();
  return {
    canHandle: (input) => {
      const taker = routes.find((candidate) => candidate.canHandle(input));
      if (taker) chosen.set(input, taker);
      return taker !== undefined;
    },
    handle: (input) => {
      const taker = chosen.get(input);
      if (!taker) throw new Error('no route took the request');
      return taker.handle(input);
    },
  };
}

export function onIntent(intents: readonly string[], move: Move): IntentRoute {
  return { ...route((input) => isIntent(input, ...intents), move), intents };
}

export function onRequest(type: string, move: Move): Route {
  return route((input) => isRequestType(input, type), move);
}
