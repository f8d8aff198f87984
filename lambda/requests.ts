/** Small readers over the request envelope, in the style of ask-sdk-core's request helpers. */
import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';

/** The request's type, if it has one; anything may arrive, so nothing is assumed. */
export function requestTypeOf(envelope: RequestEnvelope | undefined): string | undefined {
  const type: unknown = (envelope?.request as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type : undefined;
}

/** The end of a session and requests that only ask a question of the skill: Alexa speaks no reply. */
const SILENT_REQUESTS: ReadonlySet<string> = new Set([
  'SessionEndedRequest',
  'SessionResumedRequest',
  'CanFulfillIntentRequest',
]);

/**
 * Whether Alexa speaks a reply to this request type. It does not for the session's end and for
 * events, whose types are namespaced (System.ExceptionEncountered, AudioPlayer.*,
 * PlaybackController.*, Messaging.MessageReceived…); those get an empty response. Connections.Response
 * (the answer to a consent question) is spoken to; so is a request with no type at all: whatever
 * sent it, a helpful sentence is the right answer.
 */
export function expectsSpeech(type: string | undefined): boolean {
  if (type === undefined || type === 'Connections.Response') return true;
  return !SILENT_REQUESTS.has(type) && !type.includes('.');
}

/** Request types Alexa sends to custom skills; any other name in a request is not logged as given. */
export const KNOWN_REQUEST_TYPES: ReadonlySet<string> = new Set([
  'LaunchRequest',
  'IntentRequest',
  'Connections.Response',
  ...SILENT_REQUESTS,
  'System.ExceptionEncountered',
  'Messaging.MessageReceived',
  'AudioPlayer.PlaybackStarted',
  'AudioPlayer.PlaybackFinished',
  'AudioPlayer.PlaybackStopped',
  'AudioPlayer.PlaybackNearlyFinished',
  'AudioPlayer.PlaybackFailed',
  'PlaybackController.NextCommandIssued',
  'PlaybackController.PauseCommandIssued',
  'PlaybackController.PlayCommandIssued',
  'PlaybackController.PreviousCommandIssued',
  'Alexa.Presentation.APL.UserEvent',
  'Display.ElementSelected',
]);

/** The intent's name, or undefined when the request is not an intent request or arrives without one. */
export function intentNameOf(envelope: RequestEnvelope): string | undefined {
  const request = envelope.request as Partial<IntentRequest> | undefined;
  if (request?.type !== 'IntentRequest') return undefined;
  const name = request.intent?.name;
  return typeof name === 'string' ? name : undefined;
}

/** The skill the request was signed for, from the context (where Alexa always puts it). */
export function applicationIdOf(envelope: RequestEnvelope | undefined): string | undefined {
  const id: unknown = envelope?.context?.System?.application?.applicationId;
  return typeof id === 'string' ? id : undefined;
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

/** A filled slot: its name, what was said, and the id entity resolution gave it, if any. */
export interface SpokenSlot {
  name: string;
  value: string;
  id?: string;
}

/** Every filled slot of an intent request: its name, what was said, and the id it resolved to. */
export function intentSlots(envelope: RequestEnvelope): SpokenSlot[] {
  const request = envelope.request as Partial<IntentRequest> | undefined;
  const slots: unknown = request?.intent?.slots;
  if (typeof slots !== 'object' || slots === null) return [];
  return Object.keys(slots).flatMap((name) => {
    const value = spokenSlotValue(envelope, name);
    if (value === undefined) return [];
    const id = resolvedSlotId(envelope, name);
    return [id === undefined ? { name, value } : { name, value, id }];
  });
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
  return requestTypeOf(input.requestEnvelope) === type;
}
