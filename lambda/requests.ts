/** Small readers over the request envelope, in the style of ask-sdk-core's request helpers. */
import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';

/** The intent's name, or undefined when the request is not an intent request or arrives without one. */
export function intentNameOf(envelope: RequestEnvelope): string | undefined {
  const request = envelope.request as Partial<IntentRequest> | undefined;
  if (request?.type !== 'IntentRequest') return undefined;
  const name = request.intent?.name;
  return typeof name === 'string' ? name : undefined;
}

function slotOf(envelope: RequestEnvelope, slotName: string): Slot | undefined {
  const request = envelope.request as Partial<IntentRequest> | undefined;
  const slot: unknown = request?.intent?.slots?.[slotName];
  return typeof slot === 'object' && slot !== null ? (slot as Slot) : undefined;
}

/** The canonical id entity resolution matched for a custom slot, if it matched. */
export function resolvedSlotId(envelope: RequestEnvelope, slotName: string): string | undefined {
  const authorities = slotOf(envelope, slotName)?.resolutions?.resolutionsPerAuthority;
  if (!Array.isArray(authorities)) return undefined;
  for (const authority of authorities) {
    const id: unknown =
      authority?.status?.code === 'ER_SUCCESS_MATCH' ? authority.values?.[0]?.value?.id : undefined;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

/** What the user actually said for a slot, trimmed; undefined when the slot is empty. */
export function spokenSlotValue(envelope: RequestEnvelope, slotName: string): string | undefined {
  const value: unknown = slotOf(envelope, slotName)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const name = intentNameOf(input.requestEnvelope);
  return name !== undefined && names.includes(name);
}

export function isRequestType(input: HandlerInput, type: string): boolean {
  // Optional chaining: a malformed envelope may arrive without a request at all.
  return input.requestEnvelope.request?.type === type;
}
