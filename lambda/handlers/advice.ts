/** Ice or heat, how it started, the pain itself, and what comes next. */
import { isSituationId, isTopicId, type TopicId } from '../content';
import { phrase } from '../conversation/lines';
import {
  answerQuestion,
  answerTopic,
  askSituation,
  iceOrHeat,
  otherOption,
  situationInPlay,
  whatNext,
} from '../conversation/moves';
import {
  choosesBetweenThem,
  namesBothTreatments,
  namesTheBackAlone,
  saidAsTheirs,
  saysOnlyASpasm,
} from '../language/cues';
import { resolvedSlotId, spokenSlotValue } from '../requests';
import { lookup } from '../retrieval/lookup';
import { onIntent } from './route';
import { situationOf, treatmentOf } from './slots';

export const askTopic = onIntent(['AskTopicIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'topic');
  const spoken = spokenSlotValue(input.requestEnvelope, 'topic') ?? '';
  // Answering the clarifying question with a word like "stress" names a situation, not a lecture.
  if (state.offer?.kind === 'situation' && isSituationId(id)) return iceOrHeat(state, id);
  const asked =
    id === 'spasm' ? topicBeyondTheSpasm(spoken) : isTopicId(id) ? bothIfSaid(id, spoken) : undefined;
  // "What about my lower back?" is the user's own back, and "what's the go, ice or heat" a choice
  // between the two: ice or heat for it, not a lecture on why backs spasm or how both help.
  const ownBack = asked === 'lower-back' && saidAsTheirs(spoken);
  if (ownBack || (asked && choosesBetweenThem(asked, spoken)))
    return iceOrHeat(state, situationOf(input.requestEnvelope));
  if (asked) return answerTopic(state, asked);
  // Words the slot could not match are looked up like any free-form question; words that match no
  // topic but say how it started ("a jerk while lifting, what should I apply") get the advice for it.
  const found = lookup(spoken, state.topic);
  const situation = found.kind === 'topic' ? undefined : situationOf(input.requestEnvelope);
  return situation ? iceOrHeat(state, situation) : answerQuestion(state, found);
});

/** Entity resolution takes one of "heat packs and ice packs": a question naming both is about the two. */
function bothIfSaid(id: TopicId, spoken: string): TopicId {
  return (id === 'ice' || id === 'heat') && namesBothTreatments(spoken) ? 'ice-and-heat' : id;
}

/**
 * "A spasm" names the subject of every question: said with more ("a doctor about a back spasm", "my
 * lower back that spasms"), the other words say which topic is asked about. Entity resolution also
 * takes the back alone for "back spasm": "why does my back spasm so easily" asks about the back.
 */
function topicBeyondTheSpasm(spoken: string): TopicId {
  const found = lookup(spoken);
  if (found.kind === 'topic') return found.topic;
  return namesTheBackAlone(spoken) ? 'lower-back' : 'spasm';
}

export const iceOrHeatQuestion = onIntent(['IceOrHeatIntent'], (input, state) => {
  const named = situationOf(input.requestEnvelope);
  const treatment = treatmentOf(input.requestEnvelope);
  // Once the situation is known, "should I use ice?" asks about ice for it, not for the advice again.
  if (!named && treatment && situationInPlay(state)) return otherOption(state, treatment);
  return iceOrHeat(state, named);
});

export const describeSituation = onIntent(['DescribeSituationIntent'], (input, state) => {
  const situation = situationOf(input.requestEnvelope);
  return situation ? iceOrHeat(state, situation) : askSituation(state, phrase('unknownSituation'));
});

/**
 * A statement about the pain with no cue the safety check knows (those are answered before this).
 * One that tells how it started ("since I dragged the trampoline"), or says only that there is a
 * spasm ("my back's in spasm"), leads to ice or heat. Other words are looked up like a question
 * ("should I get my wife to rub my back"), and anything that matches nothing gets the doctor
 * answer, since it may say how bad the pain is.
 */
export const pain = onIntent(['PainIntent'], (input, state) => {
  const said = spokenSlotValue(input.requestEnvelope, 'pain') ?? '';
  const situation = situationOf(input.requestEnvelope);
  if (situation || saysOnlyASpasm(said)) return iceOrHeat(state, situation);
  const found = lookup(said, state.topic);
  return found.kind === 'topic' ? answerTopic(state, found.topic) : answerTopic(state, 'doctor');
});

export const timing = onIntent(['TimingIntent'], (_input, state) => answerTopic(state, 'timing'));

export const nextStep = onIntent(['NextStepIntent'], (_input, state) => whatNext(state));

/** "I don't know how it started": how each works, then the question again. */
export const notSureHow = onIntent(['NotSureHowIntent'], (_input, state) => otherOption(state, undefined));

/** "What causes a back spasm?" names the spasm, not a topic: its own intent keeps it from the spasm answer. */
export const causes = onIntent(['CausesIntent'], (_input, state) => answerTopic(state, 'causes'));
