/**
 * The conversation's moves: answer a topic, advise for a situation, and the follow-ups ("why",
 * "tell me more", "what about heat", "repeat", yes / no). Pure functions of the state.
 */
import {
  isSituationId,
  type PhraseId,
  type ReminderKind,
  type SituationId,
  situation,
  situationAdvisedBy,
  type TopicId,
  type Treatment,
  topic,
} from '../content';
import type { Finding } from '../language/first-answer';
import { ELICITED, elicitSlot, REMINDER_TIME } from './dialog';
import { type Line, phrase, reminderLine } from './lines';
import { type ConversationState, freshState, type Offer } from './state';
import type { Card, ListeningTurn, Turn } from './turn';

function offerLine(offer: Offer | undefined): Line {
  switch (offer?.kind) {
    case undefined:
      return phrase('reprompt');
    case 'timer':
      return phrase('timerOffer');
    case 'situation':
      return phrase('clarify');
    case 'reminder':
      return reminderLine(offer.reminder === 'supplement' ? 'supplementOffer' : 'checkInOffer');
    case 'reminderTime':
      return reminderLine('askTime');
    case 'topic':
      return { topic: offer.topic, part: 'teaser' };
  }
}

/** The skill's own question still waiting for its answer, asked again as Alexa dialog. */
function elicitationFor(offer: Offer | undefined) {
  if (offer?.kind === 'situation') return [elicitSlot(ELICITED)];
  if (offer?.kind === 'reminderTime') return [elicitSlot(REMINDER_TIME)];
  return [];
}

function offered(state: ConversationState, kind: ReminderKind): boolean {
  return state.reminderOffers?.includes(kind) ?? false;
}

/** `kind` is offered (or set) now: it is not offered again in this session. */
export function markOffered(state: ConversationState, kind: ReminderKind): ConversationState {
  return offered(state, kind) ? state : { ...state, reminderOffers: [...(state.reminderOffers ?? []), kind] };
}

/**
 * Ice-first advice offers the timer, unless one is already running; advice that follows the plan
 * over days offers its reminder, once a session; otherwise the next topic.
 */
function offerAfter(id: TopicId, state: ConversationState): Offer {
  const answered = topic(id);
  if (answered.offersTimer && !state.timerId) return { kind: 'timer' };
  const reminder = answered.offersReminder;
  if (reminder && !offered(state, reminder)) return { kind: 'reminder', reminder };
  return { kind: 'topic', topic: answered.next };
}

/** The state once `offer` is made: a reminder offer is remembered, so it comes only once. */
function offering(state: ConversationState, offer: Offer): ConversationState {
  const next = { ...state, offer };
  return offer.kind === 'reminder' ? markOffered(next, offer.reminder) : next;
}

/** Speaks `lead`, then repeats the pending offer (or asks what else), keeping the thread. */
function say(state: ConversationState, lead: Line): ListeningTurn {
  const prompt = offerLine(state.offer);
  return { say: [lead, prompt], reprompt: prompt, next: 'listen', state };
}

/** Speaks `lead` as the answer on topic `id`: the thread moves to it and its follow-up is offered. */
function speakOn(state: ConversationState, id: TopicId, lead: Line, card?: Card): ListeningTurn {
  const offer = offerAfter(id, state);
  const prompt = offerLine(offer);
  return {
    say: [lead, prompt],
    reprompt: prompt,
    ...(card ? { card } : {}),
    next: 'listen',
    state: offering({ ...state, topic: id, depth: 0, declined: 0 }, offer),
  };
}

export function answerTopic(state: ConversationState, id: TopicId): ListeningTurn {
  const answered = topic(id);
  return speakOn(
    state,
    id,
    { topic: id, part: 'speech' },
    { title: answered.title, text: answered.cardText },
  );
}

export function adviseFor(state: ConversationState, id: SituationId): ListeningTurn {
  return answerTopic({ ...state, situation: id }, situation(id).advice);
}

/** Asks how the spasm started, and takes the next answer as the situation. */
export function askSituation(state: ConversationState, lead?: Line): ListeningTurn {
  return {
    say: lead ? [lead, phrase('clarify')] : [phrase('clarify')],
    reprompt: phrase('clarifyReprompt'),
    directives: [elicitSlot(ELICITED)],
    next: 'listen',
    state: { ...state, offer: { kind: 'situation' }, declined: 0 },
  };
}

/** Advice for the situation named, or the one in play ("what do I do about it?" after how stress does it). */
export function iceOrHeat(state: ConversationState, named?: SituationId): ListeningTurn {
  const known = named ?? situationInPlay(state);
  return known ? adviseFor(state, known) : askSituation(state);
}

export function explainWhy(state: ConversationState): ListeningTurn {
  if (!state.topic) return say(freshState(), phrase('whyWithoutContext'));
  return say(state, { topic: state.topic, part: 'why' });
}

export function tellMore(state: ConversationState): ListeningTurn {
  if (!state.topic) return say(freshState(), phrase('moreWithoutContext'));
  const current = topic(state.topic);
  if (state.depth < current.more.length) {
    return say({ ...state, depth: state.depth + 1 }, { topic: state.topic, more: state.depth });
  }
  return say({ ...state, offer: { kind: 'topic', topic: current.next } }, phrase('moreExhausted'));
}

/** The situation the user told us, or else the one the last topic was plainly about. */
export function situationInPlay(state: ConversationState): SituationId | undefined {
  if (state.situation || !state.topic) return state.situation;
  const id = state.topic;
  const named = topic(id).aboutSituation;
  if (isSituationId(named)) return named;
  return situationAdvisedBy(id);
}

/** "What about heat?": the other option judged for the user's situation, or a general comparison. */
export function otherOption(state: ConversationState, treatment: Treatment | undefined): ListeningTurn {
  const known = situationInPlay(state);
  // With no situation to judge by, "and heat?" asks what heat does.
  if (!known && treatment) return answerTopic(state, treatment);
  if (!known) return askSituation(state, phrase('otherOptionNoSituation'));
  if (treatment) return say(state, { situation: known, verdict: treatment });
  const prompt = offerLine(state.offer);
  return {
    say: [{ situation: known, verdict: 'ice' }, { situation: known, verdict: 'heat' }, prompt],
    reprompt: prompt,
    next: 'listen',
    state,
  };
}

export function repeatLast(state: ConversationState): ListeningTurn {
  if (!state.last) return say(state, phrase('repeatWithoutContext'));
  // A repeated question of the skill's own still takes its answer in the slot it asked for.
  const directives = elicitationFor(state.offer);
  return { say: state.last.say, reprompt: state.last.reprompt, directives, next: 'listen', state };
}

export function decline(state: ConversationState): Turn {
  if (state.declined > 0) return goodbye();
  const { offer: declinedOffer, ...rest } = state;
  const next = { ...rest, declined: state.declined + 1 };
  // No timer: a check-in in a few days may still help.
  if (declinedOffer?.kind === 'timer' && !offered(state, 'check-in'))
    return say(offering(next, { kind: 'reminder', reminder: 'check-in' }), reminderLine('noTimer'));
  return line(next, 'declineOnce', 'declineOnce');
}

/**
 * A free-form question, answered with what retrieval found. A dose question is refused but keeps
 * the thread on medicine, so "why" and "tell me more" still make sense. Anything declined drops
 * the pending offer: "yes" must never accept something the user did not just hear.
 */
export function answerQuestion(state: ConversationState, found: Finding): ListeningTurn {
  if (found.kind === 'topic') return answerTopic(state, found.topic);
  if (found.kind === 'noDose') return speakOn(state, 'medicine', phrase('noDose'));
  if (found.kind === 'noSupplementDose') return speakOn(state, 'supplements', phrase('noSupplementDose'));
  const { offer: _dropped, ...rest } = state;
  return line(rest, found.kind, 'suggestions');
}

/** "And after that?": what comes next in time after the last advice, or else more on it. */
export function whatNext(state: ConversationState): ListeningTurn {
  const next = state.topic && topic(state.topic).afterThat;
  return next ? answerTopic(state, next) : tellMore(state);
}

/** "Why would I use heat?": the reason behind the last answer, or, with none, what that treatment does. */
export function explainWhyOf(state: ConversationState, treatment: Treatment | undefined): ListeningTurn {
  if (state.topic || !treatment) return explainWhy(state);
  return giveReason(state, treatment);
}

/** Topic `id`'s reason, with the thread moved to it, so "tell me more" goes on from there. */
export function giveReason(state: ConversationState, id: TopicId): ListeningTurn {
  return say({ ...state, topic: id, depth: 0 }, { topic: id, part: 'why' });
}

/** Clears the thread; its line asks whether to help choose, so "yes" leads to the clarifying question. */
export function startOver(): ListeningTurn {
  return line({ ...freshState(), offer: { kind: 'situation' } }, 'startOver', 'welcomeReprompt');
}

/** A reply made of one fixed line and its reprompt, keeping whatever the user was doing. */
export function line(state: ConversationState, text: PhraseId, reprompt: PhraseId): ListeningTurn {
  return { say: [phrase(text)], reprompt: phrase(reprompt), next: 'listen', state };
}

/** Lines that settle something, then the open question, so the user knows the microphone is theirs. */
export function tell(state: ConversationState, ...lines: Line[]): ListeningTurn {
  return { say: [...lines, phrase('reprompt')], reprompt: phrase('reprompt'), next: 'listen', state };
}

/** Says `text`, then the pending offer again: nothing the user was doing is lost. */
export function aside(state: ConversationState, text: PhraseId): ListeningTurn {
  return say(state, phrase(text));
}

export function welcome(): ListeningTurn {
  return line(freshState(), 'welcome', 'welcomeReprompt');
}

export function goodbye(): Turn {
  return { say: [phrase('goodbye')], next: 'end' };
}
