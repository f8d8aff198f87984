/**
 * Whose back, how it started and how bad: typed through the console's NLU into the real handler, as
 * a user would say them. Another body part, one taken back ("not my back") or put first ("mostly the knee"), and
 * an animal's back never get back advice; a person who lifted an animal does.
 */
import { describe, expect, it } from 'vitest';
import { createConsoleSession } from '../../console/session';
import { PHRASES, topic } from '../../lambda/content';
import { invoke } from '../support/dialogue';

async function answerTo(utterance: string): Promise<string> {
  const voice = await createConsoleSession({ handler: invoke });
  return (await voice.say(utterance)).speech;
}

const DOCTOR = topic('doctor').speech;

describe('another part of the body', () => {
  it.each([
    ["it's my knee actually, not my back", 'the back taken back'],
    ["it's not me back, it's me shoulder", 'the back taken back'],
    ['i hurt my knee and my back a little but mostly the knee, should i ice it', 'the knee put first'],
    ['my trap seized up after lifting weights, ice or heat', 'a muscle by its gym name'],
    ['tweaked my oblique lifting a box, should i ice it', 'a muscle by its gym name'],
    ['pulled my hammy sprinting, heat or ice', 'a muscle by its gym name'],
  ])('"%s" (%s) gets the redirect, not back advice', async (utterance) => {
    // Act
    const speech = await answerTo(utterance);
    // Assess
    expect(speech).toContain(PHRASES.otherBodyPart);
  });

  it('still advises when the other part is only a comparison', async () => {
    // Act
    const speech = await answerTo("it's like a calf cramp but in me lower back, what do i do");
    // Assess
    expect(speech).not.toContain(PHRASES.otherBodyPart);
  });
});

describe('an animal', () => {
  it.each([
    'my dog hurt his back jumping off the couch, ice or heat?',
    'my cat has a sore back, should i use heat',
  ])('"%s" is outside the skill', async (utterance) => {
    // Act
    const speech = await answerTo(utterance);
    // Assess
    expect(speech).toBe(PHRASES.outOfDomain);
  });

  it('lifted by the user is how the spasm started, not whose back it is', async () => {
    // Act
    const speech = await answerTo(
      'it came on all of a sudden when i bent down to pick up the cat, should i use the hot water bottle',
    );
    // Assess
    expect(speech).not.toBe(PHRASES.outOfDomain);
    expect(speech).toMatch(/\bice\b/i);
  });
});

describe('a question outside the skill in its own words', () => {
  it.each([
    'how long do i heat up me dinner in the microwave',
    'turn up the heat in the house',
    'i need ice for my drink',
    'tell me a joke',
  ])('"%s" gets the polite refusal, not advice', async (utterance) => {
    // Act
    const speech = await answerTo(utterance);
    // Assess
    expect(speech).toBe(PHRASES.outOfDomain);
  });
});

describe('how it started, in whichever words it was heard', () => {
  it('takes "slipped on the stairs" as a sudden start, not as a slipped disc', async () => {
    // Act
    const speech = await answerTo('i slipped on the stairs and my lower back spasmed');
    // Assess
    expect(speech).toContain(topic('sudden').speech);
  });
});

describe('severity said as a comparison, a sign or a count', () => {
  it.each([
    'worse than childbirth, honestly',
    'it hurts so much i was actually sick',
    'i had to crawl to the bathroom this morning',
    "it's been going since thanksgiving",
    'that was three weekends ago mind you, still sore',
  ])('"%s" gets the doctor answer', async (utterance) => {
    // Act
    const speech = await answerTo(utterance);
    // Assess
    expect(speech).toContain(DOCTOR);
  });

  it('"fourth spasm this year" is a spasm that keeps coming back', async () => {
    // Act
    const speech = await answerTo('fourth spasm this year, what is going on');
    // Assess
    expect(speech).toContain(topic('parkinsons').speech);
  });
});
