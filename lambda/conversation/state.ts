/**
 * What the skill remembers between turns, kept in session attributes. Attributes come back from the
 * device untrusted: `readState` validates every field and drops anything malformed, so a garbled
 * session just starts fresh. `writeState` is the only shape ever written back.
 */
import {
  isReminderKind,
  isSituationId,
  isTopicId,
  REMINDER_KINDS,
  type ReminderKind,
  type SituationId,
  type TopicId,
} from '../content';
import { isRecord } from '../records';
import { isServiceId } from '../services/ids';
import { type Line, readLine } from './lines';

export const STATE_VERSION = 2;

/**
 * What "yes" would accept. `situation` and `reminderTime` are the skill's own questions (how it
 * started; what time each day), answered through Dialog.ElicitSlot.
 */
export type Offer =
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'timer' }
  | { kind: 'situation' }
  | { kind: 'reminder'; reminder: ReminderKind }
  | { kind: 'reminderTime' };

/**
 * Why the last answer kept advice back: the talk was on another part of the body, or the pain said
 * needs a doctor. Lasts one turn, unless the next answer keeps it back again.
 */
export type Caution = 'otherBodyPart' | 'doctor';

function isCaution(value: unknown): value is Caution {
  return value === 'otherBodyPart' || value === 'doctor';
}

/** The last reply, by reference, for "repeat". */
export interface LastReply {
  say: readonly Line[];
  reprompt: Line;
}

export interface ConversationState {
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
  /** Reminders already offered (or set) in this session: each is offered at most once. */
  reminderOffers?: ReminderKind[];
  cautioned?: Caution;
}

export function freshState(): ConversationState {
  return { depth: 0, declined: 0 };
}

/** A reply is a few lines: an answer, an offer, perhaps a lead-in; a list of reminders is the longest. */
const MAX_LINES = 5;

function readCount(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100 ? value : 0;
}

function readOffer(value: unknown): Offer | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'timer' || value.kind === 'situation' || value.kind === 'reminderTime')
    return { kind: value.kind };
  if (value.kind === 'reminder' && isReminderKind(value.reminder))
    return { kind: 'reminder', reminder: value.reminder };
  if (value.kind === 'topic' && isTopicId(value.topic)) return { kind: 'topic', topic: value.topic };
  return undefined;
}

function readLast(value: unknown): LastReply | undefined {
  if (!isRecord(value) || !Array.isArray(value.say) || value.say.length > MAX_LINES) return undefined;
  const say = value.say.map(readLine);
  const reprompt = readLine(value.reprompt);
  if (say.length === 0 || !reprompt || !say.every((line) => line !== undefined)) return undefined;
  return { say, reprompt };
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
  if (isServiceId(attributes.timerId)) state.timerId = attributes.timerId;
  const offered = attributes.reminderOffers;
  if (Array.isArray(offered)) state.reminderOffers = REMINDER_KINDS.filter((kind) => offered.includes(kind));
  if (isCaution(attributes.cautioned)) state.cautioned = attributes.cautioned;
  return state;
}

/** The attributes to send back: the state's own fields and nothing else. */
export function writeState(state: ConversationState): Record<string, unknown> {
  return { v: STATE_VERSION, ...state };
}
