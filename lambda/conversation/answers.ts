/**
 * The conversation's moves: answer a topic, advise for a situation, and the follow-ups
 * ("why", "tell me more", "what about heat", "repeat", yes / no). Pure functions of the state.
 */
import { PHRASES, type SituationId, situation, type TopicId, type Treatment, topic } from '../content';
import type { Turn } from '../reply';
import { type ConversationState, freshState, type Offer } from './state';

function offerText(offer: Offer | undefined): string {
  if (!offer) return PHRASES.reprompt;
  if (offer.kind === 'timer') return PHRASES.timerOffer;
  if (offer.kind === 'situation') return PHRASES.clarify;
  return topic(offer.topic).teaser;
}

/** Ice-first advice offers the timer, unless one is already running; otherwise the next topic. */
function offerAfter(id: TopicId, state: ConversationState): Offer {
  const answered = topic(id);
  if (answered.offersTimer && !state.timerId) return { kind: 'timer' };
  return { kind: 'topic', topic: answered.next as TopicId };
}

/** Speaks `lead`, then repeats the pending offer (or asks what else), keeping the thread. */
function say(state: ConversationState, lead: string): Turn {
  const prompt = offerText(state.offer);
  return { reply: { parts: [lead, prompt], reprompt: prompt }, state };
}

export function answerTopic(state: ConversationState, id: TopicId): Turn {
  const answered = topic(id);
  const offer = offerAfter(id, state);
  const prompt = offerText(offer);
  return {
    reply: {
      parts: [answered.speech, prompt],
      reprompt: prompt,
      card: { title: answered.title, text: answered.cardText },
    },
    state: { ...state, topic: id, depth: 0, offer, declined: 0 },
  };
}

export function adviseFor(state: ConversationState, id: SituationId): Turn {
  return answerTopic({ ...state, situation: id }, situation(id).advice as TopicId);
}

/** Asks how the spasm started, and takes the next answer as the situation. */
export function askSituation(state: ConversationState, lead?: string): Turn {
  const offer: Offer = { kind: 'situation' };
  return {
    reply: { parts: lead ? [lead, PHRASES.clarify] : [PHRASES.clarify], reprompt: PHRASES.clarifyReprompt },
    state: { ...state, offer, declined: 0 },
  };
}

export function iceOrHeat(state: ConversationState, named?: SituationId): Turn {
  const known = named ?? state.situation;
  return known ? adviseFor(state, known) : askSituation(state);
}

export function explainWhy(state: ConversationState): Turn {
  if (!state.topic) return say(freshState(), PHRASES.whyWithoutContext);
  return say(state, topic(state.topic).why);
}

export function tellMore(state: ConversationState): Turn {
  if (!state.topic) return say(freshState(), PHRASES.moreWithoutContext);
  const current = topic(state.topic);
  const layer = current.more[state.depth];
  if (layer !== undefined) return say({ ...state, depth: state.depth + 1 }, layer);
  const offer: Offer = { kind: 'topic', topic: current.next as TopicId };
  return say({ ...state, offer }, PHRASES.moreExhausted);
}

/** "What about heat?": the other option judged for the user's situation, or a general comparison. */
export function otherOption(state: ConversationState, treatment: Treatment | undefined): Turn {
  if (!state.situation) return askSituation(state, PHRASES.otherOptionNoSituation);
  const verdict = situation(state.situation).verdict;
  return say(state, treatment ? verdict[treatment] : `${verdict.ice} ${verdict.heat}`);
}

export function repeatLast(state: ConversationState): Turn {
  if (!state.last) return say(state, PHRASES.repeatWithoutContext);
  return { reply: { ...state.last }, state };
}

export function decline(state: ConversationState): Turn {
  if (state.declined > 0) return goodbye();
  const rest: ConversationState = { ...state, declined: state.declined + 1 };
  delete rest.offer;
  return line(rest, PHRASES.declineOnce, PHRASES.declineOnce);
}

/** "Yes" to a topic or a clarifying question; the timer offer is accepted by the timer handler. */
export function accept(state: ConversationState): Turn {
  const offer = state.offer;
  if (offer?.kind === 'topic') return answerTopic(state, offer.topic);
  if (offer?.kind === 'situation') return askSituation(state);
  return say(state, PHRASES.suggestions);
}

export function startOver(): Turn {
  return line(freshState(), PHRASES.startOver, PHRASES.welcomeReprompt);
}

/** A reply made of one fixed line and its reprompt, keeping whatever the user was doing. */
export function line(state: ConversationState, text: string, reprompt: string): Turn {
  return { reply: { parts: [text], reprompt }, state };
}

export function welcome(): Turn {
  return line(freshState(), PHRASES.welcome, PHRASES.welcomeReprompt);
}

export function goodbye(): Turn {
  return { reply: { parts: [PHRASES.goodbye] }, end: true };
}
