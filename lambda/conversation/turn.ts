/**
 * A conversation step: what to say, as lines, and what comes next. `listen` keeps the session open
 * with a reprompt and the state to remember; `end` closes it; `handover` gives the dialog to Alexa
 * (a Connections.SendRequest), which answers in a new session.
 */
import type { Directive } from 'ask-sdk-model';
import type { Line } from './lines';
import type { ConversationState } from './state';

export interface Card {
  title: string;
  text: string;
}

interface Spoken {
  /** Spoken one after another, with a short pause between them. */
  say: readonly Line[];
  card?: Card;
  /** Asks the user, in the Alexa app, for these permissions (instead of `card`). */
  permissionCard?: readonly string[];
  directives?: readonly Directive[];
}

export type Turn =
  | (Spoken & { next: 'listen'; reprompt: Line; state: ConversationState })
  | (Spoken & { next: 'end' })
  | (Spoken & { next: 'handover' });

export type ListeningTurn = Extract<Turn, { next: 'listen' }>;
