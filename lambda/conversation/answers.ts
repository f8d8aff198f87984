/**
 * The conversation's moves: answer a topic, advise for a situation, and the follow-ups
 * ("why", "tell me more", "what about heat", "repeat", yes / no). Pure functions of the state.
 */
import {
  isSituationId,
  PHRASES,
  SITUATIONS,
  type SituationId,
  situation,
  type TopicId,
  type Treatment,
  topic,
} from '../content';
import type { Card, Turn } from '../reply';
import type { Finding } from '../retrieval/lookup';
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

/** Speaks `lead` as the answer on topic `id`: the thread moves to it and its follow-up is offered. */
function speakOn(state: ConversationState, id: TopicId, lead: string, card?: Card): Turn {
  const offer = offerAfter(id, state);
  const prompt = offerText(offer);
  return {
    reply: { parts: [lead, prompt], reprompt: prompt, ...(card ? { card } : {}) },
    state: { ...state, topic: id, depth: 0, offer, declined: 0 },
  };
}

export function answerTopic(state: ConversationState, id: TopicId): Turn {
  const answered = topic(id);
  return speakOn(state, id, answered.speech, { title: answered.title, text: answered.cardText });
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

/** The situation the user told us, or else the one the last topic was plainly about. */
function situationInPlay(state: ConversationState): SituationId | undefined {
  if (state.situation || !state.topic) return state.situation;
  const id = state.topic;
  const named = topic(id).aboutSituation;
  if (isSituationId(named)) return named;
  return SITUATIONS.find((candidate) => candidate.advice === id)?.id;
}

/** "What about heat?": the other option judged for the user's situation, or a general comparison. */
export function otherOption(state: ConversationState, treatment: Treatment | undefined): Turn {
  const known = situationInPlay(state);
  if (!known) return askSituation(state, PHRASES.otherOptionNoSituation);
  const verdict = situation(known).verdict;
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

/**
 * A free-form question, answered with what retrieval found. A dose question is refused but keeps
 * the thread on medicine, so "why" and "tell me more" still make sense. Anything declined drops
 * the pending offer: "yes" must never accept something the user did not just hear.
 */
export function answerQuestion(state: ConversationState, found: Finding): Turn {
  if (found.kind === 'topic') return answerTopic(state, found.topic);
  if (found.kind === 'noDose') return speakOn(state, 'medicine', PHRASES.noDose);
  const rest: ConversationState = { ...state };
  delete rest.offer;
  return line(rest, PHRASES[found.kind], PHRASES.suggestions);
}

/** Clears the thread; its line asks whether to help choose, so "yes" leads to the clarifying question. */
export function startOver(): Turn {
  return line({ ...freshState(), offer: { kind: 'situation' } }, PHRASES.startOver, PHRASES.welcomeReprompt);
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
