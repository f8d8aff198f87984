/**
 * The one owner of the conversation state. A request interceptor loads and validates it once per
 * request; the route that answers records the turn; a response interceptor (or the error handler,
 * on the path where interceptors don't run) writes it back once, from the typed state only. Nothing
 * from the request's attributes is ever echoed.
 */
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { type ConversationState, freshState, readState, writeState } from './state';
import type { Turn } from './turn';

const LOADED = Symbol('conversation state');
const ANSWERED = Symbol('conversation turn');

interface Slots {
  [LOADED]?: ConversationState;
  [ANSWERED]?: Turn;
}

function slotsOf(input: HandlerInput): Slots {
  return input.attributesManager.getRequestAttributes() as Slots;
}

function hasSession(input: HandlerInput): boolean {
  const session: unknown = input.requestEnvelope.session;
  return typeof session === 'object' && session !== null;
}

export const loadState: RequestInterceptor = {
  process: (input) => {
    slotsOf(input)[LOADED] = hasSession(input)
      ? readState(input.attributesManager.getSessionAttributes())
      : freshState();
  },
};

/** The state as loaded for this request; fresh if loading never ran (an error before it). */
export function stateOf(input: HandlerInput): ConversationState {
  return slotsOf(input)[LOADED] ?? freshState();
}

export function recordTurn(input: HandlerInput, turn: Turn): void {
  slotsOf(input)[ANSWERED] = turn;
}

/** Writes back what the answering turn left: its state and its lines, or nothing once the session ends. */
export function saveState(input: HandlerInput): void {
  if (!hasSession(input)) return;
  const turn = slotsOf(input)[ANSWERED];
  const attributes =
    turn?.next === 'listen'
      ? writeState({ ...turn.state, last: { say: turn.say, reprompt: turn.reprompt } })
      : {};
  input.attributesManager.setSessionAttributes(attributes);
}

export const persistState: ResponseInterceptor = { process: saveState };
