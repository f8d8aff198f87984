/** Questions in the user's own words, and questions about a medicine, a supplement or a condition. */
import { situation, situationAdvisedBy, type TopicId, topic } from '../content';
import {
  answerQuestion,
  answerTopic,
  giveReason,
  iceOrHeat,
  line,
  situationInPlay,
} from '../conversation/moves';
import { choosesBetweenThem, namesAnInjury, saysOnlyASpasm, situationsIn } from '../language/cues';
import { resolvedSlotId, spokenSlotValue } from '../requests';
import { lookup } from '../retrieval/lookup';
import { onIntent, onRequest } from './route';

/**
 * QuestionIntent carries the words in its `query` slot. A real device's FallbackIntent carries no
 * words at all, so it gets "not sure"; the words are used if some client does send them.
 */
export const question = onIntent(['QuestionIntent', 'AMAZON.FallbackIntent'], (input, state) => {
  const said = spokenSlotValue(input.requestEnvelope, 'query') ?? '';
  const found = lookup(said, state.topic);
  // "Ice or heat? I was pulling weeds all afternoon": the question says how it started, so advise,
  // reading the start by the situation rules ("turned", "not red", "all week") rather than by keyword.
  // Words that match no topic but say how it started get the advice too, as in AskTopicIntent.
  const asks = found.kind === 'topic' ? asksForAdvice(found.topic) : found.kind === 'notSure';
  const [named] = asks ? situationsIn(said) : [];
  if (named) return iceOrHeat(state, named);
  const choosing = found.kind === 'topic' && choosesBetweenThem(found.topic, said);
  return choosing ? iceOrHeat(state) : answerQuestion(state, found);
});

/** Ice or heat in general, or one start's advice. */
function asksForAdvice(id: TopicId): boolean {
  return topic(id).dependsOnStart === true || situationAdvisedBy(id) !== undefined;
}

/**
 * "Why does stress do that?", "what happens in the muscle when it's overused", "how does an injury
 * cause it": how the start the words name brings a spasm on; "how does that cause it?", the start in
 * play. Words with a topic of their own are answered with it, and words about the spasm with no more
 * to them, with what a spasm is.
 */
export const howItHappens = onIntent(['HowItHappensIntent'], (input, state) => {
  const said = spokenSlotValue(input.requestEnvelope, 'query') ?? '';
  const own = lookup(said);
  // An injury named as such is explained as a sudden start is: "how does getting hurt cause it".
  const [named = namesAnInjury(said) ? 'sudden' : undefined] = situationsIn(said);
  const start = named ?? (own.kind === 'topic' ? undefined : situationInPlay(state));
  const explained = start && situation(start).explainedBy;
  if (explained?.part === 'why') return giveReason(state, explained.topic);
  if (explained) return answerTopic(state, explained.topic);
  const found = own.kind === 'topic' ? own : lookup(said, state.topic);
  return answerQuestion(state, found.kind === 'notSure' ? { kind: 'topic', topic: 'spasm' } : found);
});

/**
 * A named medicine, supplement or condition was found by the safety check; these take what it left.
 * Words the medicine slot could not match ("can I take a massage") are looked up like any question;
 * words that name no topic ("can I take something for it") still ask about medicine.
 */
export const medicine = onIntent(['MedicineIntent'], (input, state) => {
  const found = lookup(spokenSlotValue(input.requestEnvelope, 'medicine') ?? 'medicine', state.topic);
  return answerTopic(state, found.kind === 'topic' ? found.topic : 'medicine');
});

/**
 * Words the supplement slot could not match are looked up like any question: "what's the point of
 * heat" is about heat. Words that name no topic ("what") leave the supplements answer.
 */
export const supplement = onIntent(['SupplementIntent'], (input, state) => {
  const spoken = spokenSlotValue(input.requestEnvelope, 'supplement');
  const found =
    spoken === undefined || resolvedSlotId(input.requestEnvelope, 'supplement')
      ? undefined
      : lookup(spoken, state.topic);
  return answerTopic(state, found?.kind === 'topic' ? found.topic : 'supplements');
});

export const dose = onIntent(['DoseIntent'], (_input, state) => answerQuestion(state, { kind: 'noDose' }));

/**
 * A condition the model could not name (the article covers none but the neurological ones), or a
 * subject outside the skill that only shares its words ("turn up the heat"). Words in the condition
 * slot that name no condition but a spasm ("my daughter has a sore back") get ice or heat for it.
 */
export const outsideTheArticle = onIntent(['ConditionIntent', 'OtherSubjectIntent'], (input, state) => {
  const envelope = input.requestEnvelope;
  const spoken = spokenSlotValue(envelope, 'condition');
  if (spoken && !resolvedSlotId(envelope, 'condition') && saysOnlyASpasm(spoken)) return iceOrHeat(state);
  return answerQuestion(state, { kind: 'outOfDomain' });
});

/** An intent this skill does not know (or a request with no intent at all) gets an honest answer. */
export const unknownIntent = onRequest('IntentRequest', (_input, state) =>
  line(state, 'notSure', 'suggestions'),
);
