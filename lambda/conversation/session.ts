/** Reads and writes the conversation state through the SDK's attributes manager. */
import type { HandlerInput } from 'ask-sdk-core';
import { type ConversationState, freshState, readState } from './state';

/** Out-of-session or malformed requests have no session: they start from a fresh state. */
export function stateOf(input: HandlerInput): ConversationState {
  return input.requestEnvelope.session
    ? readState(input.attributesManager.getSessionAttributes())
    : freshState();
}
