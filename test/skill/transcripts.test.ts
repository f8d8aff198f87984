import { describe, expect, it } from 'vitest';
import { createConsoleSession } from '../../console/session';
import { isTopicId, PHRASES, situation, topic } from '../../lambda/content';
import { Dialogue, invoke, slotValueIds } from '../support/dialogue';

describe('a user who opens the skill', () => {
  it('is welcomed with the disclaimer, two example questions and a reprompt', async () => {
    // Prepare
    const alexa = new Dialogue();
    // Act
    const turn = await alexa.launch();
    // Assess
    expect(turn.speech).toContain('Welcome to Back Spasm Coach');
    expect(turn.speech).toContain('not medical advice');
    expect(turn.speech).toContain('should I use ice or heat?');
    expect(turn.reprompt).toBeTruthy();
    expect(turn.ended).toBe(false);
  });
});

describe('choosing between ice and heat', () => {
  it('asks how it started when the situation is unknown, then uses the answer', async () => {
    const alexa = new Dialogue();
    await alexa.launch();

    const question = await alexa.intent('IceOrHeatIntent');
    expect(question.speech).toBe(PHRASES.clarify);
    expect(question.ended).toBe(false);

    const advice = await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
    expect(advice.speech).toContain('Start with ice');
    expect(advice.speech).toContain('twenty minutes');
    expect(advice.speech).toContain('switch to heat');
    expect(advice.card?.text).toContain('1. Ice first');
    expect(advice.reprompt).toBe(PHRASES.timerOffer);
  });

  it.each([
    ['stress', 'choose heat', 'massage'],
    ['overuse', 'Time, heat and massage', 'relax'],
    ['inflamed', 'Ice eases inflammation', 'red or feels hot'],
    ['stretching', 'before you stretch', 'afterwards'],
    ['sudden', 'Start with ice', 'twenty minutes'],
  ])('advises for a %s spasm named in the question itself', async (situation, advice, detail) => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('IceOrHeatIntent', { situation });
    expect(turn.speech).toContain(advice);
    expect(turn.speech).toContain(detail);
    expect(turn.card).toBeDefined();
    expect(turn.ended).toBe(false);
  });

  it('answers "should I use ice?" for the situation already told, without the whole advice again', async () => {
    // Prepare
    const alexa = new Dialogue();
    await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    // Act
    const turn = await alexa.intent('IceOrHeatIntent', { treatment: 'ice' });
    // Assess
    expect(turn.speech).toContain(situation('stress').verdict.ice);
    expect(turn.speech).not.toContain(topic('stress-care').speech);
    expect(turn.ended).toBe(false);
  });

  it('checks a verdict by its opposite: "so no heat then?" gets heat\'s verdict for the situation told', async () => {
    // Prepare
    const voice = await createConsoleSession({ handler: invoke });
    await voice.say('i lifted a heavy box and my back went, ice or heat');
    // Act
    const turn = await voice.say('so no heat then?');
    // Assess
    expect(turn.speech).toContain(situation('sudden').verdict.heat);
  });

  it('judges "should I use ice after?" by the advice just given', async () => {
    // Prepare
    const voice = await createConsoleSession({ handler: invoke });
    await voice.say("i'm going to do some gentle stretching for my back");
    // Act
    const turn = await voice.say('should i use ice after');
    // Assess
    expect(turn.speech).toContain(situation('stretching').verdict.ice);
  });

  it.each([
    ['my lower back is tired and achy from hockey all weekend', 'should i ice it', 'overuse', 'ice'],
    [
      'i squatted heavy and felt my low back grab',
      'can i just throw heat on it right away',
      'sudden',
      'heat',
    ],
    ['work stress has my back all tight', 'can i stick ice on it', 'stress', 'ice'],
  ] as const)('after "%s", judges "%s" for that start', async (told, asked, start, treatment) => {
    // Prepare
    const voice = await createConsoleSession({ handler: invoke });
    await voice.say(told);
    // Act
    const turn = await voice.say(asked);
    // Assess
    expect(turn.speech).toContain(situation(start).verdict[treatment]);
  });

  it('hears "all of a sudden" in the answer to its question, with what the user was doing', async () => {
    // Prepare
    const voice = await createConsoleSession({ handler: invoke });
    await voice.say('i want to know if i should use ice or heat');
    // Act
    const turn = await voice.say('it happened all of a sudden when i was shoveling snow');
    // Assess
    expect(turn.speech).toContain(topic('sudden').speech);
  });

  it('remembers the situation when the user later asks ice or heat', async () => {
    const alexa = new Dialogue();
    await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    const turn = await alexa.intent('IceOrHeatIntent');
    expect(turn.speech).toContain('choose heat');
  });

  it('asks again, kindly, when the situation named matches nothing it knows', async () => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('DescribeSituationIntent', {
      situation: { spoken: 'falling off a unicorn' },
    });
    expect(turn.speech).toContain(PHRASES.unknownSituation);
    expect(turn.speech).toContain(PHRASES.clarify);
  });

  it('takes back a situation the user denies ("it wasn\'t from lifting")', async () => {
    // Act
    const turn = await new Dialogue().intent('DescribeSituationIntent', {
      situation: { spoken: "wasn't from lifting anything, just really stressed" },
    });
    // Assess
    expect(turn.speech).toContain(topic('stress-care').speech);
  });

  it('hears a body part in a saying as no body part ("a long day on my feet")', async () => {
    // Act
    const turn = await new Dialogue().intent('IceOrHeatIntent', {
      situation: { spoken: 'a long day on my feet' },
    });
    // Assess
    expect(turn.speech).toContain(topic('overuse').speech);
  });

  it("declines an animal's back named in the words", async () => {
    // Act
    const turn = await new Dialogue().intent('PainIntent', { pain: { spoken: "the dog's back has gone" } });
    // Assess
    expect(turn.speech).toBe(PHRASES.outOfDomain);
  });

  it('takes a topic word like "stress" as the answer to the clarifying question', async () => {
    const alexa = new Dialogue();
    await alexa.intent('IceOrHeatIntent');
    const turn = await alexa.intent('AskTopicIntent', { topic: 'stress' });
    expect(turn.speech).toContain('choose heat');
  });

  it('answers timing questions without a timer', async () => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('TimingIntent');
    expect(turn.speech).toContain('about twenty minutes');
    expect(turn.speech).toContain('switch to heat');
  });
});

describe('asking about a topic', () => {
  // Every topic a user can name in the model (TopicType), not a list of our own.
  const topicSlots = slotValueIds('TopicType').filter(isTopicId);

  it.each(topicSlots)('speaks the %s answer, offers what to ask next, and shows a card', async (id) => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('AskTopicIntent', { topic: id });
    expect(turn.speech).toContain(topic(id).speech);
    expect(turn.reprompt).toBeTruthy();
    expect(turn.speech.endsWith('?')).toBe(true);
    expect(turn.card?.title).toBe(topic(id).title);
    expect(turn.ended).toBe(false);
  });

  it('sends users with medicine questions to a doctor and names no dose', async () => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('AskTopicIntent', { topic: 'medicine' });
    expect(turn.speech).toContain('diazepam');
    expect(turn.speech).toContain('doctor');
    expect(turn.speech).not.toMatch(/\d+\s*mg/);
  });

  it('politely declines a topic word that matches nothing it knows', async () => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('AskTopicIntent', { topic: { spoken: 'acupuncture needles' } });
    expect(turn.speech).toContain(PHRASES.outOfDomain);
    expect(turn.ended).toBe(false);
  });

  it('answers "what causes a back spasm" with the causes, not with what a spasm is', async () => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('CausesIntent');
    expect(turn.speech).toContain(topic('causes').speech);
  });

  it('follows an offered topic when the user says yes', async () => {
    const alexa = new Dialogue();
    await alexa.intent('AskTopicIntent', { topic: 'spasm' });
    const turn = await alexa.intent('AMAZON.YesIntent');
    expect(turn.speech).toContain(topic('causes').speech);
  });
});

describe('built-in intents', () => {
  it('keeps the session open for help', async () => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('AMAZON.HelpIntent');
    expect(turn.speech).toBe(PHRASES.help);
    expect(turn.ended).toBe(false);
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])(
    'says a short goodbye and ends the session for %s',
    async (intent) => {
      const alexa = new Dialogue();
      await alexa.launch();
      const turn = await alexa.intent(intent);
      expect(turn.speech).toBe(PHRASES.goodbye);
      expect(turn.ended).toBe(true);
    },
  );

  it('says what the skill can do on fallback', async () => {
    const alexa = new Dialogue();
    const turn = await alexa.intent('AMAZON.FallbackIntent');
    expect(turn.speech).toContain('should I use ice or heat?');
    expect(turn.ended).toBe(false);
  });

  it('still says when to see a doctor on fallback, where no words reach the skill', async () => {
    // Prepare: "I've had to call out of work all week because of it" may land here.
    const alexa = new Dialogue();
    // Act
    const turn = await alexa.intent('AMAZON.FallbackIntent');
    // Assess
    expect(turn.speech).toMatch(/severe or won't ease, please see a doctor/);
  });

  it('repeats the last thing it said, exactly', async () => {
    const alexa = new Dialogue();
    const said = await alexa.intent('AskTopicIntent', { topic: 'stretching' });
    const repeated = await alexa.intent('AMAZON.RepeatIntent');
    expect(repeated.ssml).toBe(said.ssml);
    expect(repeated.reprompt).toBe(said.reprompt);
  });

  it('offers something else after the first no, and says goodbye after the second', async () => {
    const alexa = new Dialogue();
    await alexa.intent('AskTopicIntent', { topic: 'doctor' });
    const first = await alexa.intent('AMAZON.NoIntent');
    expect(first.speech).toBe(PHRASES.declineOnce);
    expect(first.ended).toBe(false);
    const second = await alexa.intent('AMAZON.NoIntent');
    expect(second.speech).toBe(PHRASES.goodbye);
    expect(second.ended).toBe(true);
  });

  it('forgets the situation when the user starts over', async () => {
    const alexa = new Dialogue();
    await alexa.intent('DescribeSituationIntent', { situation: 'stress' });
    const restart = await alexa.intent('AMAZON.StartOverIntent');
    expect(restart.speech).toBe(PHRASES.startOver);
    const turn = await alexa.intent('IceOrHeatIntent');
    expect(turn.speech).toBe(PHRASES.clarify);
  });

  it('takes "yes" after starting over as yes to help choosing, and asks how it started', async () => {
    const alexa = new Dialogue();
    await alexa.intent('AMAZON.StartOverIntent');
    const turn = await alexa.intent('AMAZON.YesIntent');
    expect(turn.speech).toBe(PHRASES.clarify);
  });

  it('returns an empty response when the session ends', async () => {
    const alexa = new Dialogue();
    await alexa.launch();
    const turn = await alexa.end();
    expect(turn.speech).toBe('');
  });
});
