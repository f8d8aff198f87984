/**
 * What the skill remembers between turns, kept in session attributes.
 * Attributes come back from the device untrusted: every field is validated on read and anything
 * malformed is dropped quietly, so a garbled session just starts fresh.
 */
import { isSituationId, isTopicId, type SituationId, type TopicId } from '../content';
import { MAX_SSML_CHARS, toSsml } from '../ssml';

export const STATE_VERSION = 1;

/** What "yes" would accept. */
export type Offer = { kind: 'topic'; topic: TopicId } | { kind: 'timer' } | { kind: 'situation' };

export interface LastReply {
  parts: string[];
  reprompt: string;
}

export interface ConversationState {
  v: typeof STATE_VERSION;
  situation?: SituationId;
  /** The last topic spoken, for "why" and "tell me more". */
  topic?: TopicId;
  /** How many "tell me more" layers of `topic` have been spoken. */
  depth: number;
  offer?: Offer;
  /** "No"s in a row: the first gets another suggestion, the second a goodbye. */
  declined: number;
  last?: LastReply;
  /** The id of the ice timer this skill created, so it can be cancelled. */
  timerId?: string;
}

export function freshState(): ConversationState {
  return { v: STATE_VERSION, depth: 0, declined: 0 };
}

/** Longest text kept from attributes; far above anything the skill says, far below Alexa's limits. */
const MAX_TEXT = 2000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function readCount(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100 ? value : 0;
}

function readOffer(value: unknown): Offer | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'timer' || value.kind === 'situation') return { kind: value.kind };
  if (value.kind === 'topic' && isTopicId(value.topic)) return { kind: 'topic', topic: value.topic };
  return undefined;
}

function readLast(value: unknown): LastReply | undefined {
  if (!isRecord(value) || !isShortText(value.reprompt)) return undefined;
  const parts = value.parts;
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > 4 || !parts.every(isShortText))
    return undefined;
  // Escaping can grow text several-fold: a forged reply must not make "repeat" exceed Alexa's limit.
  if (toSsml(parts).length > MAX_SSML_CHARS || toSsml([value.reprompt]).length > MAX_SSML_CHARS)
    return undefined;
  return { parts, reprompt: value.reprompt };
}

export function readState(attributes: unknown): ConversationState {
  const state = freshState();
  if (!isRecord(attributes) || attributes.v !== STATE_VERSION) return state;
  if (isSituationId(attributes.situation)) state.situation = attributes.situation;
  if (isTopicId(attributes.topic)) state.topic = attributes.topic;
  state.depth = readCount(attributes.depth);
  state.declined = readCount(attributes.declined);
  const offer = readOffer(attributes.offer);
  if (offer) state.offer = offer;
  const last = readLast(attributes.last);
  if (last) state.last = last;
  if (typeof attributes.timerId === 'string' && /^[\w-]{1,100}$/.test(attributes.timerId)) {
    state.timerId = attributes.timerId;
  }
  return state;
}
