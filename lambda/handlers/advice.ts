/** Questions about a topic and about the user's own spasm. */
import { isSituationId, isTopicId } from '../content';
import { phrase } from '../conversation/lines';
import { answerQuestion, answerTopic, askSituation, iceOrHeat } from '../conversation/moves';
import { resolvedSlotId, spokenSlotValue } from '../requests';
import { lookup } from '../retrieval/lookup';
import { onIntent } from './route';

export const askTopic = onIntent(['AskTopicIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'topic');
  // Answering the clarifying question with a word like "stress" names a situation, not a lecture.
  if (state.offer?.kind === 'situation' && isSituationId(id)) return iceOrHeat(state, id);
  if (isTopicId(id)) return answerTopic(state, id);
  // Words the slot could not match are looked up like any free-form question.
  return answerQuestion(state, lookup(spokenSlotValue(input.requestEnvelope, 'topic') ?? ''));
});

export const iceOrHeatQuestion = onIntent(['IceOrHeatIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'situation');
  return iceOrHeat(state, isSituationId(id) ? id : undefined);
});

export const describeSituation = onIntent(['DescribeSituationIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'situation');
  return isSituationId(id) ? iceOrHeat(state, id) : askSituation(state, phrase('unknownSituation'));
});

export const timing = onIntent(['TimingIntent'], (_input, state) => answerTopic(state, 'timing'));

/** "What causes a back spasm?" names the spasm, not a topic: its own intent keeps it from the spasm answer. */
export const causes = onIntent(['CausesIntent'], (_input, state) => answerTopic(state, 'causes'));
