/**
 * Free-form questions through the real handler: the phrasing tables (accuracy printed), safety
 * before ranking, refusals outside the domain, and the thread kept after a looked-up answer.
 */
import { describe, expect, it } from 'vitest';
import { intentRequest } from '../../console/envelope';
import { IN_DOMAIN, OUT_OF_DOMAIN } from '../../evaluation/phrasings/question-table';
import {
  type Ask,
  describeScore,
  heardAs,
  scoreInDomain,
  scoreOutOfDomain,
} from '../../evaluation/question-accuracy';
import { PHRASES, type TopicId, topic } from '../../lambda/content';
import { CheckedDialogue } from './checked-dialogue';

/** Each question in a session of its own, as a one-shot "Alexa, ask back spasm coach …". */
const askFresh: Ask = async (query) => (await new CheckedDialogue().ask(query)).ssml;

/** What a one-shot question sounds like, in plain words. */
async function hear(query: string): Promise<string> {
  return (await new CheckedDialogue().ask(query)).speech;
}

/**
 * What the ranker reaches honestly. The one miss: "what is happening when a muscle cramps up"
 * hears the causes answer, because the carrier ("what is") never reaches the skill and
 * "happening" is a causes keyword. See docs/conversation.md. A choice between the two ("hot or
 * cold?") is not the ranker's: it gets how it started (test/skill/plain-speech.test.ts).
 */
const REACHED = 64;

describe('the free-form phrasing table', () => {
  it('has at least 60 in-domain and 15 out-of-domain phrasings', () => {
    expect(IN_DOMAIN.length).toBeGreaterThanOrEqual(60);
    expect(OUT_OF_DOMAIN.length).toBeGreaterThanOrEqual(15);
  });

  it('answers in-domain questions with the expected topic', async () => {
    const score = await scoreInDomain(askFresh);
    console.log(describeScore('in-domain accuracy', score));
    expect(score.correct).toBeGreaterThanOrEqual(REACHED);
  });

  it('refuses every out-of-domain question politely, and never names a dose', async () => {
    const score = await scoreOutOfDomain(askFresh);
    console.log(describeScore('out-of-domain refusals', score));
    expect(score.misses).toEqual([]);
  });
});

describe('safety comes before ranking', () => {
  it.each([
    ['should I use heat if the pain is unbearable', 'doctor'],
    ['ice or heat when it still hurts after three days', 'doctor'],
    ['my back spasm is really bad', 'doctor'],
    ['I keep getting spasms in my back', 'parkinsons'],
    ["could it be parkinson's", 'parkinsons'],
    ['heat or a muscle relaxant', 'medicine'],
    ['can I take ibuprofen with a heat pack', 'medicine'],
    ['how much magnesium should I take', 'noDose'],
  ])('"%s" → %s', async (query, expected) => {
    expect(heardAs(await askFresh(query))).toBe(expected);
  });

  it.each(['how many mg of diazepam', 'what dose of valium is safe', 'how many pills can I take'])(
    'refuses the dose in "%s" and names none',
    async (query) => {
      const speech = await hear(query);
      expect(speech).toContain(PHRASES.noDose);
      expect(speech).not.toMatch(/\d/);
    },
  );
});

describe('questions the skill cannot answer', () => {
  it('says "not sure" with two suggestions for an empty question', async () => {
    const said = await new CheckedDialogue().intent('QuestionIntent');
    expect(said.speech).toBe(PHRASES.notSure);
    expect(said.ended).toBe(false);
  });

  it('says "not sure" with two suggestions on fallback, which carries no words on a device', async () => {
    const said = await new CheckedDialogue().intent('AMAZON.FallbackIntent');
    expect(said.speech).toBe(PHRASES.notSure);
  });

  it('looks up a fallback that does carry words', async () => {
    const alexa = new CheckedDialogue();
    const request = intentRequest(alexa.device, 'AMAZON.FallbackIntent', {
      query: { value: 'does a heating pad help' },
    });
    expect((await alexa.send(request)).speech).toContain(topic('heat').speech);
  });

  it('refuses another body part, even with a treatment word in the question', async () => {
    expect(await hear('heat on a sore knee')).toBe(PHRASES.otherBodyPart);
  });

  it.each([
    ['it has been spasming a lot lately, ice or heat', 'lately'],
    ['the spasm started late last night, ice or heat', 'late'],
    ['any handy tips to relax a spasm', 'handy'],
  ])('answers "%s": "%s" only sounds like a body part', async (query) => {
    expect(await hear(query)).not.toBe(PHRASES.otherBodyPart);
  });
});

describe('a topic word the model could not match', () => {
  it.each([
    ['hot water bottles', 'heat'],
    ['frozen peas', 'ice'],
    ['pulled muscles', 'sudden'],
    ['muscle knots from stress', 'stress-care'],
  ] as const)('looks up "%s" → %s', async (spoken, expected) => {
    const said = await new CheckedDialogue().intent('AskTopicIntent', { topic: { spoken } });
    expect(said.speech).toContain(topic(expected).speech);
  });

  it('refuses "knee surgery"', async () => {
    const said = await new CheckedDialogue().intent('AskTopicIntent', { topic: { spoken: 'knee surgery' } });
    expect(said.speech).toBe(PHRASES.otherBodyPart);
  });
});

describe('the thread after a free-form answer', () => {
  it('keeps the looked-up topic for why, tell me more, repeat and yes', async () => {
    const alexa = new CheckedDialogue();
    const heat = topic('heat');
    const next = topic(heat.next as TopicId);
    const answer = await alexa.ask('a hot bath help a back cramp');
    expect(answer.speech).toBe(`${heat.speech} ${next.teaser}`);
    expect(answer.card?.title).toBe(heat.title);
    expect((await alexa.intent('WhyIntent')).speech).toContain(heat.why);
    const more = await alexa.intent('TellMeMoreIntent');
    expect(more.speech).toContain(heat.more[0]);
    expect((await alexa.intent('AMAZON.RepeatIntent')).speech).toBe(more.speech);
    expect((await alexa.intent('AMAZON.YesIntent')).speech).toContain(next.speech);
  });

  it('keeps the thread on medicine after refusing a dose', async () => {
    const alexa = new CheckedDialogue();
    await alexa.ask('how many mg of valium should I take');
    expect((await alexa.intent('WhyIntent')).speech).toContain(topic('medicine').why);
    expect((await alexa.intent('TellMeMoreIntent')).speech).toContain(topic('medicine').more[0]);
  });

  it('drops a pending offer after a refusal, so "yes" cannot accept what was not just offered', async () => {
    const alexa = new CheckedDialogue();
    await alexa.intent('AskTopicIntent', { topic: 'ice' });
    expect((await alexa.ask('the weather tomorrow')).speech).toBe(PHRASES.outOfDomain);
    expect((await alexa.intent('AMAZON.YesIntent')).speech).toContain(PHRASES.suggestions);
    expect((await alexa.intent('WhyIntent')).speech).toContain(topic('ice').why);
  });

  it('judges "what about ice" by the situation a looked-up answer was about', async () => {
    const alexa = new CheckedDialogue();
    await alexa.ask('what to do for a back spasm from stress');
    const said = await alexa.intent('OtherOptionIntent', { treatment: 'ice' });
    expect(said.speech).toContain('for a stress spasm heat does much more');
  });
});
