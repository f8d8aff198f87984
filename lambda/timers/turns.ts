/** What the user hears about the ice timer: pure functions of the conversation state, like conversation/answers. */
import { PHRASES, topic } from '../content';
import { TIMER_PHRASES } from '../content/phrases';
import type { ConversationState } from '../conversation/state';
import type { Turn } from '../reply';

/** Every timer turn keeps the session open. */
export type OpenTurn = Extract<Turn, { state: ConversationState }>;

/** The timer is settled one way or another, so "yes" no longer accepts it. */
function settled(state: ConversationState, timerId: string | undefined): ConversationState {
  const next: ConversationState = { ...state, topic: 'timing', depth: 0 };
  delete next.offer;
  if (timerId) next.timerId = timerId;
  else delete next.timerId;
  return next;
}

/** A statement, then the open question, so the user knows the microphone is theirs. */
function statement(state: ConversationState, text: string): OpenTurn {
  return { reply: { parts: [text, PHRASES.reprompt], reprompt: PHRASES.reprompt }, state };
}

/** No timer: `lead` says why, then the timing by voice and in a card, and how to set one themselves. */
export function timingByVoice(state: ConversationState, lead: string): OpenTurn {
  const timing = topic('timing');
  return {
    reply: {
      parts: [lead, PHRASES.timingByVoice],
      reprompt: PHRASES.reprompt,
      card: { title: timing.title, text: timing.cardText },
    },
    state: settled(state, state.timerId),
  };
}

export function timerSet(state: ConversationState, timerId: string): OpenTurn {
  return {
    reply: {
      parts: [TIMER_PHRASES.set, PHRASES.reprompt],
      reprompt: PHRASES.reprompt,
      card: { title: TIMER_PHRASES.setCardTitle, text: TIMER_PHRASES.setCardText },
    },
    state: settled(state, timerId),
  };
}

export function timerAlreadySet(state: ConversationState): OpenTurn {
  return statement(settled(state, state.timerId), TIMER_PHRASES.alreadySet);
}

/** The timer is gone (cancelled now, or earlier): forget its id so the offer can come back. */
export function timerGone(state: ConversationState, text: string): OpenTurn {
  return statement(settled(state, undefined), text);
}

/** Nothing changed: the timer, if any, is as it was. */
export function timerUnchanged(state: ConversationState, text: string): OpenTurn {
  return statement(state, text);
}
