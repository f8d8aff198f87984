/** What the user hears about the ice timer: pure functions of the conversation state, like conversation/moves. */

import type { TimerPhraseId } from '../content';
import { TIMER_TEXTS, topic } from '../content';
import { phrase, timerLine } from '../conversation/lines';
import { tell } from '../conversation/moves';
import type { ConversationState } from '../conversation/state';
import type { ListeningTurn } from '../conversation/turn';

/** The timer is settled one way or another, so "yes" no longer accepts it. */
function settled(state: ConversationState, timerId: string | undefined): ConversationState {
  const { offer: _settled, timerId: _old, ...rest } = state;
  return { ...rest, topic: 'timing', depth: 0, ...(timerId ? { timerId } : {}) };
}

/** A statement about the timer, then the open question. */
function statement(state: ConversationState, text: TimerPhraseId): ListeningTurn {
  return tell(state, timerLine(text));
}

/** No timer: `lead` says why, then the timing by voice and in a card, and how to set one themselves. */
export function timingByVoice(state: ConversationState, lead: TimerPhraseId): ListeningTurn {
  const timing = topic('timing');
  return {
    say: [timerLine(lead), phrase('timingByVoice')],
    reprompt: phrase('reprompt'),
    card: { title: timing.title, text: timing.cardText },
    next: 'listen',
    state: settled(state, state.timerId),
  };
}

export function timerSet(state: ConversationState, timerId: string): ListeningTurn {
  return { ...statement(settled(state, timerId), 'set'), card: { ...TIMER_TEXTS.card } };
}

export function timerAlreadySet(state: ConversationState): ListeningTurn {
  return statement(settled(state, state.timerId), 'alreadySet');
}

/** The timer is gone (cancelled now, or earlier): forget its id so the offer can come back. */
export function timerGone(state: ConversationState, text: TimerPhraseId): ListeningTurn {
  return statement(settled(state, undefined), text);
}

/** Nothing changed: the timer, if any, is as it was. */
export function timerUnchanged(state: ConversationState, text: TimerPhraseId): ListeningTurn {
  return statement(state, text);
}
