/**
 * Follow-ups in every situation, as multi-turn transcripts through the real handler: why, the
 * other option (ice and heat), tell me more until exhausted, repeat, yes, no twice, start over,
 * and the same follow-ups arriving with no context at all.
 */
import { describe, expect, it } from 'vitest';
import {
  PHRASES,
  REMINDER_PHRASES,
  SITUATION_IDS,
  type SituationId,
  situation,
  type TopicId,
  topic,
} from '../../lambda/content';
import { CheckedDialogue } from './checked-dialogue';

/** A dialogue in which the user has said how the spasm started and heard the advice. */
async function advisedOn(id: SituationId): Promise<{ alexa: CheckedDialogue; advice: TopicId }> {
  const alexa = new CheckedDialogue();
  await alexa.launch();
  const told = await alexa.intent('DescribeSituationIntent', { situation: id });
  const advice = situation(id).advice;
  expect(told.speech).toContain(topic(advice).speech);
  return { alexa, advice };
}

describe.each(SITUATION_IDS)('after advice for a %s spasm', (id) => {
  it('"why" gives the reason behind that advice, then repeats the offer', async () => {
    const { alexa, advice } = await advisedOn(id);
    const said = await alexa.intent('WhyIntent');
    expect(said.speech).toContain(topic(advice).why);
    expect(said.ended).toBe(false);
  });

  it.each(['ice', 'heat'] as const)('"what about %s" judges it for this situation', async (treatment) => {
    const { alexa } = await advisedOn(id);
    const said = await alexa.intent('OtherOptionIntent', { treatment });
    expect(said.speech).toContain(situation(id).verdict[treatment]);
  });

  it('"tell me more" gives each layer once, then says so and offers a related topic', async () => {
    const { alexa, advice } = await advisedOn(id);
    for (const layer of topic(advice).more) {
      expect((await alexa.intent('TellMeMoreIntent')).speech).toContain(layer);
    }
    const exhausted = await alexa.intent('TellMeMoreIntent');
    const next = topic(advice).next as TopicId;
    expect(exhausted.speech).toBe(`${PHRASES.moreExhausted} ${topic(next).teaser}`);
    const accepted = await alexa.intent('AMAZON.YesIntent');
    expect(accepted.speech).toContain(topic(next).speech);
  });

  it('"repeat" says the last thing again, exactly, even after a follow-up', async () => {
    const { alexa } = await advisedOn(id);
    const said = await alexa.intent('OtherOptionIntent', { treatment: 'heat' });
    const again = await alexa.intent('AMAZON.RepeatIntent');
    expect(again.ssml).toBe(said.ssml);
    expect(again.reprompt).toBe(said.reprompt);
  });

  it('"no" offers something else once, then says goodbye', async () => {
    const { alexa, advice } = await advisedOn(id);
    const first = await alexa.intent('AMAZON.NoIntent');
    // No to the ice timer: a check-in in a few days is the something else.
    expect(first.speech).toBe(
      topic(advice).offersTimer
        ? `${REMINDER_PHRASES.noTimer} ${REMINDER_PHRASES.checkInOffer}`
        : PHRASES.declineOnce,
    );
    const second = await alexa.intent('AMAZON.NoIntent');
    expect(second.speech).toBe(PHRASES.goodbye);
    expect(second.ended).toBe(true);
  });

  it('"start over" clears the thread: the situation, the topic and the offer', async () => {
    const { alexa } = await advisedOn(id);
    expect((await alexa.intent('AMAZON.StartOverIntent')).speech).toBe(PHRASES.startOver);
    expect((await alexa.intent('WhyIntent')).speech).toContain(PHRASES.whyWithoutContext);
    expect((await alexa.intent('IceOrHeatIntent')).speech).toBe(PHRASES.clarify);
  });

  it('keeps judging "what about ice" by the situation after talking about another topic', async () => {
    const { alexa } = await advisedOn(id);
    await alexa.intent('AskTopicIntent', { topic: 'contraction' });
    const said = await alexa.intent('OtherOptionIntent', { treatment: 'ice' });
    expect(said.speech).toContain(situation(id).verdict.ice);
  });
});

describe('with no situation told', () => {
  it('answers what ice does, explains why, and then what heat does when asked "and heat?"', async () => {
    const alexa = new CheckedDialogue();
    await alexa.launch();
    await alexa.intent('AskTopicIntent', { topic: 'ice' });
    expect((await alexa.intent('WhyIntent')).speech).toContain(topic('ice').why);
    const other = await alexa.intent('OtherOptionIntent', { treatment: 'heat' });
    expect(other.speech).toContain(topic('heat').speech);
  });

  it('advises for the start just explained when asked "what do I do about it?"', async () => {
    const alexa = new CheckedDialogue();
    await alexa.launch();
    await alexa.say('why does stress make my back seize up');
    const advice = await alexa.intent('IceOrHeatIntent');
    expect(advice.speech).toContain(topic(situation('stress').advice).speech);
  });

  it('answers "and after?" following the stretching advice with that advice, which says heat again after', async () => {
    const alexa = new CheckedDialogue();
    await alexa.launch();
    await alexa.intent('DescribeSituationIntent', { situation: 'stretching' });
    const after = await alexa.intent('NextStepIntent');
    expect(after.speech).toContain(topic('stretching').speech);
  });

  it('says what heat does when "what about heat?" has no situation to judge it by', async () => {
    const alexa = new CheckedDialogue();
    await alexa.launch();
    const other = await alexa.intent('OtherOptionIntent', { treatment: 'heat' });
    expect(other.speech).toContain(topic('heat').speech);
    expect(other.ended).toBe(false);
  });

  it('asks how it started before judging "the other one" for no situation at all', async () => {
    const alexa = new CheckedDialogue();
    await alexa.launch();
    const other = await alexa.intent('OtherOptionIntent');
    expect(other.speech).toBe(`${PHRASES.otherOptionNoSituation} ${PHRASES.clarify}`);
    const advice = await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    expect(advice.speech).toContain(topic('stress-care').speech);
  });

  it.each([
    ['timing', 'sudden', 'heat'],
    ['stress', 'stress', 'ice'],
    ['inflammation', 'inflamed', 'heat'],
    ['overuse', 'overuse', 'ice'],
  ] as const)(
    'judges "what about …" after the %s topic by the situation it is about',
    async (id, implied, treatment) => {
      const alexa = new CheckedDialogue();
      await alexa.intent('AskTopicIntent', { topic: id });
      const said = await alexa.intent('OtherOptionIntent', { treatment });
      expect(said.speech).toContain(situation(implied).verdict[treatment]);
    },
  );

  it('asks how it started when "ice or heat?" comes first, then follows up on the answer', async () => {
    const alexa = new CheckedDialogue();
    expect((await alexa.intent('IceOrHeatIntent')).speech).toBe(PHRASES.clarify);
    await alexa.intent('DescribeSituationIntent', { situation: 'overuse' });
    expect((await alexa.intent('WhyIntent')).speech).toContain(topic('overuse').why);
  });

  it('"yes" to "how did it start?" asks again rather than guessing', async () => {
    const alexa = new CheckedDialogue();
    await alexa.intent('IceOrHeatIntent');
    expect((await alexa.intent('AMAZON.YesIntent')).speech).toBe(PHRASES.clarify);
  });

  it('tells more about a topic with two layers, one at a time', async () => {
    const alexa = new CheckedDialogue();
    await alexa.intent('AskTopicIntent', { topic: 'doctor' });
    const [first, second] = topic('doctor').more;
    expect((await alexa.intent('TellMeMoreIntent')).speech).toContain(first);
    expect((await alexa.intent('TellMeMoreIntent')).speech).toContain(second);
    expect((await alexa.intent('TellMeMoreIntent')).speech).toContain(PHRASES.moreExhausted);
  });
});

describe('follow-ups with no context (a one-shot "why?")', () => {
  it.each([
    ['WhyIntent', {}, PHRASES.whyWithoutContext],
    ['TellMeMoreIntent', {}, PHRASES.moreWithoutContext],
    ['OtherOptionIntent', { treatment: 'heat' }, topic('heat').speech],
    ['OtherOptionIntent', {}, PHRASES.otherOptionNoSituation],
    ['AMAZON.RepeatIntent', {}, PHRASES.repeatWithoutContext],
    ['AMAZON.YesIntent', {}, PHRASES.suggestions],
    ['AMAZON.NoIntent', {}, PHRASES.declineOnce],
  ] as const)('%s gets a helpful redirect and the session stays open', async (intent, slots, redirect) => {
    const alexa = new CheckedDialogue();
    const said = await alexa.intent(intent, slots);
    expect(said.speech).toContain(redirect);
    expect(said.ended).toBe(false);
    expect(said.reprompt).toBeTruthy();
  });

  it('treats garbage session attributes as no context at all', async () => {
    const alexa = new CheckedDialogue({
      newSession: false,
      attributes: {
        v: 1,
        topic: 'knees',
        depth: -4,
        situation: 42,
        offer: { kind: 'topic', topic: '__proto__' },
      },
    });
    expect((await alexa.intent('WhyIntent')).speech).toContain(PHRASES.whyWithoutContext);
    expect((await alexa.intent('AMAZON.YesIntent')).speech).toContain(PHRASES.suggestions);
  });

  it('ignores attributes from an older state version', async () => {
    const alexa = new CheckedDialogue({ newSession: false, attributes: { v: 0, topic: 'ice', depth: 0 } });
    expect((await alexa.intent('TellMeMoreIntent')).speech).toContain(PHRASES.moreWithoutContext);
  });
});
