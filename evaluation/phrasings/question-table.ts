/**
 * Free-form questions as people might say them, with the answer each should get.
 * Written before the ranker was tuned, and never edited to suit it: a miss here is a miss to fix
 * in lambda/retrieval/, not in this table.
 * `carrier` is the QuestionIntent sample that would catch the utterance; `query` is what Alexa puts
 * in the AMAZON.SearchQuery slot (everything after the carrier).
 */
import type { TopicId } from '../../lambda/content';

export interface Phrasing<Expected> {
  carrier: string;
  query: string;
  expected: Expected;
}

/** In-domain questions → the topic whose answer they should hear. */
export const IN_DOMAIN: readonly Phrasing<TopicId>[] = [
  { carrier: 'what is', query: 'a muscle spasm exactly', expected: 'spasm' },
  { carrier: 'my question is', query: 'what does it mean when my back muscle seizes up', expected: 'spasm' },
  { carrier: 'what is', query: 'happening when a muscle cramps up', expected: 'spasm' },
  { carrier: 'why do', query: 'back spasms happen', expected: 'causes' },
  { carrier: 'I want to know', query: 'what triggers my back to spasm', expected: 'causes' },
  { carrier: 'what are', query: 'the usual reasons a back goes into spasm', expected: 'causes' },
  {
    carrier: 'why does',
    query: 'the lower back get spasms more than the upper back',
    expected: 'lower-back',
  },
  { carrier: 'is it', query: 'normal that my lumbar area cramps so easily', expected: 'lower-back' },
  { carrier: 'why does', query: 'the bottom of my back seize up so often', expected: 'lower-back' },
  { carrier: 'how do', query: 'ice and heat each help a muscle spasm', expected: 'ice-and-heat' },
  { carrier: 'how does', query: 'an injury make the muscle tighten up', expected: 'injury' },
  { carrier: 'what does', query: 'the brain have to do with a back spasm', expected: 'injury' },
  { carrier: 'why does', query: 'a hurt muscle clench to protect itself', expected: 'injury' },
  { carrier: 'can', query: 'stress really cause my back to spasm', expected: 'stress' },
  { carrier: 'why does', query: 'being anxious make my back muscles so tight', expected: 'stress' },
  { carrier: 'is it', query: 'possible that worry is making my back lock up', expected: 'stress' },
  { carrier: 'what should I do', query: 'for a back spasm from stress', expected: 'stress-care' },
  { carrier: 'how can I', query: "relax a back that's tight from tension at work", expected: 'stress-care' },
  { carrier: 'should I', query: 'use heat when stress has knotted up my back', expected: 'stress-care' },
  { carrier: 'what should I do', query: 'after overdoing it in the garden', expected: 'overuse' },
  { carrier: 'how do', query: "I help a back that's worn out from a long shift", expected: 'overuse' },
  { carrier: 'what happens', query: 'when I push my back muscles too hard at the gym', expected: 'overuse' },
  { carrier: 'how do', query: 'muscles actually contract', expected: 'contraction' },
  { carrier: 'what does', query: 'calcium have to do with a muscle tightening', expected: 'contraction' },
  { carrier: 'what are', query: 'actin and myosin', expected: 'contraction' },
  { carrier: 'what should I do', query: 'I just tweaked my back picking up my kid', expected: 'sudden' },
  {
    carrier: 'should I',
    query: 'ice my back straight away after lifting something heavy',
    expected: 'sudden',
  },
  { carrier: 'is it', query: 'a torn muscle if my back went out when I bent down', expected: 'sudden' },
  { carrier: 'what happens', query: 'if I pulled a muscle in my back moving a sofa', expected: 'sudden' },
  { carrier: 'how do', query: 'I know when to stop icing and start heating', expected: 'timing' },
  { carrier: 'when', query: 'should I take the cold pack off', expected: 'timing' },
  { carrier: 'is it', query: 'twenty minutes of ice before I go to heat', expected: 'timing' },
  { carrier: 'how does', query: 'the timing work between the ice and the heating pad', expected: 'timing' },
  { carrier: 'does', query: 'an ice pack actually help', expected: 'ice' },
  { carrier: 'should I', query: 'use a bag of frozen peas', expected: 'ice' },
  { carrier: 'when', query: 'is cold the right thing to use', expected: 'ice' },
  { carrier: 'does', query: 'a hot bath help a back cramp', expected: 'heat' },
  { carrier: 'is it', query: 'okay to sleep on a heating pad', expected: 'heat' },
  { carrier: 'how does', query: 'warmth help a tight muscle', expected: 'heat' },
  { carrier: 'what does', query: 'a hot water bottle do for my back', expected: 'heat' },
  { carrier: 'should I', query: 'stretch when my back is in spasm', expected: 'stretching' },
  { carrier: 'what are', query: 'some good stretches for a tight lower back', expected: 'stretching' },
  { carrier: 'is there', query: 'any gentle exercise I can do to loosen my back', expected: 'stretching' },
  { carrier: 'does', query: 'yoga help with back spasms', expected: 'stretching' },
  { carrier: 'does', query: 'rubbing my back help the spasm', expected: 'massage' },
  { carrier: 'should I', query: 'get a massage for my back', expected: 'massage' },
  { carrier: 'can', query: 'a back rub loosen the spasm', expected: 'massage' },
  { carrier: 'what does', query: 'it mean if the sore spot is red', expected: 'inflammation' },
  { carrier: 'is it', query: 'bad if my back feels hot to the touch', expected: 'inflammation' },
  { carrier: 'what should I do', query: 'if the area is swollen and warm', expected: 'inflammation' },
  { carrier: 'should I', query: 'take magnesium for muscle cramps', expected: 'supplements' },
  { carrier: 'do I', query: 'need more calcium in my diet', expected: 'supplements' },
  { carrier: 'can', query: 'vitamins help stop back spasms', expected: 'supplements' },
  { carrier: 'when', query: 'should I get my back checked by a doctor', expected: 'doctor' },
  { carrier: 'is it', query: 'serious if the pain is really bad', expected: 'doctor' },
  { carrier: 'what should I do', query: 'if my back still hurts after a week', expected: 'doctor' },
  { carrier: 'should I', query: 'go to the hospital for a back spasm', expected: 'doctor' },
  { carrier: 'what should I do', query: 'the pain is unbearable', expected: 'doctor' },
  { carrier: 'why do', query: 'my back spasms keep coming back', expected: 'parkinsons' },
  { carrier: 'can', query: "parkinson's cause muscle spasms", expected: 'parkinsons' },
  { carrier: 'is it', query: 'a nerve disease if I get spasms all the time', expected: 'parkinsons' },
  { carrier: 'should I', query: 'take valium for my back', expected: 'medicine' },
  { carrier: 'is there', query: 'a pill that relaxes the muscle', expected: 'medicine' },
  { carrier: 'does', query: 'diazepam work for back spasms', expected: 'medicine' },
  { carrier: 'what are', query: 'muscle relaxants', expected: 'medicine' },
];

/** How the skill should decline: a dose question gets the no-dose line, anything else a refusal. */
export type Refusal = 'refuse' | 'noDose';

/** Questions outside the skill's domain → a polite refusal, never a topic answer. */
export const OUT_OF_DOMAIN: readonly Phrasing<Refusal>[] = [
  { carrier: 'what is', query: 'the weather going to be like tomorrow', expected: 'refuse' },
  { carrier: 'tell me', query: 'a joke', expected: 'refuse' },
  { carrier: 'should I', query: 'ice my knee after running', expected: 'refuse' },
  { carrier: 'does', query: 'heat help a stiff neck', expected: 'refuse' },
  { carrier: 'how do', query: 'I treat a sore shoulder', expected: 'refuse' },
  { carrier: 'what is', query: 'the best thing for a migraine', expected: 'refuse' },
  { carrier: 'can', query: 'diabetes cause cramps in my legs', expected: 'refuse' },
  { carrier: 'what is', query: 'the dose of valium for a back spasm', expected: 'noDose' },
  // Moved here from IN_DOMAIN (issue 10): an amount of a supplement gets the no-dose answer too.
  { carrier: 'what is', query: 'the right amount of magnesium to take each day', expected: 'noDose' },
  { carrier: 'how do', query: 'I know how many milligrams of diazepam to take', expected: 'noDose' },
  { carrier: 'what is', query: 'the capital of France', expected: 'refuse' },
  { carrier: 'who', query: 'won the football game last night', expected: 'refuse' },
  { carrier: 'what is', query: 'a good recipe for banana bread', expected: 'refuse' },
  { carrier: 'does', query: 'heat help a toothache', expected: 'refuse' },
  { carrier: 'what does', query: 'an ankle sprain need', expected: 'refuse' },
  { carrier: 'how can I', query: 'lower my blood pressure', expected: 'refuse' },
  { carrier: 'is there', query: 'a cure for arthritis in my hands', expected: 'refuse' },
  { carrier: 'what is', query: 'the maximum number of pills I can take in a day', expected: 'noDose' },
  { carrier: 'tell me', query: 'the news headlines', expected: 'refuse' },
  { carrier: 'what is', query: 'good for a headache', expected: 'refuse' },
  { carrier: 'I want to know', query: 'how many mg of valium I should take', expected: 'noDose' },
];

/** Questions near the subject that the content does not answer → "not sure" or a refusal, never a guess. */
export const UNANSWERED: readonly Phrasing<'notSure'>[] = [
  { carrier: 'should I', query: 'sleep on a firm mattress', expected: 'notSure' },
  { carrier: 'can', query: 'I drive with a back spasm', expected: 'notSure' },
  { carrier: 'what is', query: 'the time', expected: 'notSure' },
  { carrier: 'what should I do', query: 'about dinner tonight', expected: 'notSure' },
  { carrier: 'is it', query: 'okay to go for a walk', expected: 'notSure' },
  { carrier: 'does', query: 'sitting all day make it worse', expected: 'notSure' },
  { carrier: 'should I', query: 'wear a back brace', expected: 'notSure' },
  { carrier: 'when', query: 'can I go back to work', expected: 'notSure' },
  { carrier: 'is it', query: 'better to sleep on my side', expected: 'notSure' },
  { carrier: 'should I', query: 'see a chiropractor', expected: 'notSure' },
];
