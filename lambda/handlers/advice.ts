/** Questions about a topic and about the user's own spasm. */
import { isSituationId, isTopicId, PHRASES } from '../content';
import { answerTopic, askSituation, iceOrHeat, line } from '../conversation/answers';
import { resolvedSlotId } from '../requests';
import { onIntent } from './route';

export const askTopic = onIntent(['AskTopicIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'topic');
  // Answering the clarifying question with a word like "stress" names a situation, not a lecture.
  if (state.offer?.kind === 'situation' && isSituationId(id)) return iceOrHeat(state, id);
  return isTopicId(id) ? answerTopic(state, id) : line(state, PHRASES.notSure, PHRASES.suggestions);
});

export const iceOrHeatQuestion = onIntent(['IceOrHeatIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'situation');
  return iceOrHeat(state, isSituationId(id) ? id : undefined);
});

export const describeSituation = onIntent(['DescribeSituationIntent'], (input, state) => {
  const id = resolvedSlotId(input.requestEnvelope, 'situation');
  return isSituationId(id) ? iceOrHeat(state, id) : askSituation(state, PHRASES.unknownSituation);
});

export const timing = onIntent(['TimingIntent'], (_input, state) => answerTopic(state, 'timing'));
