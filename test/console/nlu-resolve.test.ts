import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../build/config';
import { loadModel } from '../../console/nlu/compile-model';
import { normalize, stem } from '../../console/nlu/normalize';
import { resolve } from '../../console/nlu/resolve';
import { stemSimilarity } from '../../console/nlu/similarity';

const model = loadModel('en-US');
const intentOf = (utterance: string) => resolve(model, utterance).intent;

describe('normalizing what was said', () => {
  it('expands contractions, drops punctuation and spells out small numbers', () => {
    const { tokens } = normalize("What's a 20-minute timer? I'm sure it doesn't matter, Alexa!");

    expect(tokens.map((token) => token.text).join(' ')).toBe(
      'what is a twenty minute timer i am sure it does not matter alexa',
    );
  });

  it('takes a longer word one letter off for a slip, but not another word with another first sound', () => {
    expect(stemSimilarity('relaxents', 'relaxants')).toBeGreaterThan(0);
    expect(stemSimilarity('tight', 'right')).toBe(0);
  });

  it('meets plural, -ing and -ed forms of a word at the same stem', () => {
    expect(stem('stretches')).toBe(stem('stretching'));
    expect(stem('icing')).toBe(stem('ice'));
    expect(stem('stressed')).toBe(stem('stress'));
    expect(stem('bent')).toBe(stem('bending'));
    expect(stem('hamstrings')).toBe(stem('hamstring'));
    expect(stem('feelings')).toBe(stem('feeling'));
  });
});

describe('resolving an utterance', () => {
  it('fills a slot from a synonym and resolves it to the canonical value', () => {
    const resolution = resolve(model, 'tell me about the cold pack');

    expect(resolution.intent).toBe('AskTopicIntent');
    expect(resolution.slots.topic).toEqual({
      value: 'cold pack',
      type: 'TopicType',
      match: { id: 'ice', name: 'ice' },
    });
  });

  it("hears a slot value in words no sample has, as Alexa's statistical slot tagging does", () => {
    const resolution = resolve(model, 'i bent over to grab a box at work and it seized up ice or heat');

    expect(resolution.intent).toBe('IceOrHeatIntent');
    expect(resolution.slots.situation?.match?.id).toBe('sudden');
  });

  it('gives a built-in slot the value Alexa would: a duration in ISO 8601', () => {
    const resolution = resolve(model, "it's been two weeks");

    expect(resolution.intent).toBe('PainIntent');
    expect(resolution.slots.duration).toMatchObject({ value: 'P2W', type: 'AMAZON.DURATION' });
  });

  it("hears the answer to the skill's own question as that slot (Dialog.ElicitSlot)", () => {
    const asked = model.elicitations.get('IceOrHeatIntent.situation') ?? [];

    const resolution = resolve(model, 'lifting', asked);

    expect(resolution.intent).toBe('IceOrHeatIntent');
    expect(resolution.slots.situation?.match?.id).toBe('sudden');
  });

  it('resolves a value only when more than half of one of its synonyms is said', () => {
    const resolution = resolve(model, 'carried the canoe down to the lake and now my back is in spasm');

    const resolved = Object.values(resolution.slots).map((slot) => slot.match?.id);
    // Half of "shooting down" is no sign of a nerve.
    expect(resolved).not.toContain('nerve');
  });

  it('does not resolve a value lost among the words around its synonym, as Alexa would not', () => {
    const resolution = resolve(model, "i'm gonna stretch out my back after work is heat a good idea");

    const resolved = Object.values(resolution.slots).map((slot) => slot.match?.id);
    // "Had to leave work" is severe pain; "stretch out my back after work" is not.
    expect(resolved).not.toContain('severe');
  });

  it("puts a value heard outside the samples in the intent's first slot of its type only", () => {
    const resolution = resolve(
      model,
      "did way too many deadlifts at the gym, back's worn out and cramping, ice or heat",
    );

    // "during" (what the user was doing when it went) is filled only by its own samples.
    expect(resolution.slots.during).toBeUndefined();
  });

  it('gives a slot that ends the sample the words after it, when they name another value', () => {
    const resolution = resolve(model, "my back's been stiff because of too much tension with the kids");

    // "Tension" alone would be all the skill heard: the words around it are part of the value.
    expect(resolution.slots.situation?.value).toBe('too much tension with the kids');
  });

  it('resolves a value to neither of two values named in other words', () => {
    const resolution = resolve(model, 'i am worried about moving house and my back is all tight');

    // The slot begins the sample, so it takes the words before "moving house" too.
    expect(resolution.slots.situation).toMatchObject({
      value: 'i am worried about moving house',
      match: null,
    });
  });

  it('keeps a value resolved when the words around it name nothing else', () => {
    const resolution = resolve(model, 'i was lifting a heavy box yesterday morning and my back went');

    expect(resolution.slots.situation?.match?.id).toBe('sudden');
  });

  it('still fills a slot whose words match no value, with no match, as Alexa does', () => {
    const resolution = resolve(model, 'I hurt my back playing golf');

    expect(resolution.intent).toBe('DescribeSituationIntent');
    expect(resolution.slots.situation).toMatchObject({ value: 'playing golf', match: null });
  });

  it('takes the free text after a carrier phrase for a SearchQuery slot, without entity resolution', () => {
    const resolution = resolve(model, 'how can I stop this from happening again');

    expect(resolution.intent).toBe('QuestionIntent');
    expect(resolution.slots.query).toEqual({
      value: 'stop this from happening again',
      type: 'AMAZON.SearchQuery',
      match: undefined,
    });
  });

  it('keeps the slot value as spoken, apostrophes and all', () => {
    expect(resolve(model, "tell me about parkinson's disease").slots.topic?.value).toBe(
      "parkinson's disease",
    );
  });

  it.each([
    ['yeah', 'AMAZON.YesIntent'],
    ['sure', 'AMAZON.YesIntent'],
    ['please do', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['not now', 'AMAZON.NoIntent'],
    ['what can you do', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['exit', 'AMAZON.StopIntent'],
    ['shut up', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['begin again', 'AMAZON.StartOverIntent'],
    ['go back to the start', 'AMAZON.StartOverIntent'],
    ['huh', 'AMAZON.RepeatIntent'],
    ['sorry what', 'AMAZON.RepeatIntent'],
    ['what am i supposed to ask you', 'AMAZON.HelpIntent'],
    ['kill the timer', 'CancelTimerIntent'],
    ['which ones do i have', 'ListRemindersIntent'],
    ['so which one do i use', 'IceOrHeatIntent'],
    ['how does that even happen', 'HowItHappensIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
  ])('understands "%s" as %s', (utterance, intent) => {
    expect(intentOf(utterance)).toBe(intent);
  });

  it('tells cancelling the ice timer apart from cancelling', () => {
    expect(intentOf('cancel the ice timer')).toBe('CancelTimerIntent');
    expect(intentOf('cancel')).toBe('AMAZON.CancelIntent');
    expect(intentOf('actually cancel that')).toBe('CancelItIntent');
  });

  it('sends what shares nothing with the model to the fallback intent', () => {
    for (const utterance of ['play some music', 'book a cab to the airport', 'set an alarm for six']) {
      expect(intentOf(utterance)).toBe('AMAZON.FallbackIntent');
    }
  });

  it('ignores case, punctuation and filler words', () => {
    expect(intentOf('Um, so... ICE or HEAT, please?')).toBe('IceOrHeatIntent');
    expect(intentOf('alexa uh why is that')).toBe('WhyIntent');
  });

  it('gives the same answer every time', () => {
    const first = resolve(model, 'is a hot water bottle ok instead');

    expect(resolve(model, 'is a hot water bottle ok instead')).toEqual(first);
  });

  it('reads every supported locale from its own interaction model file', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const localized = loadModel(locale);

      expect(localized.locale).toBe(locale);
      expect(localized.invocationName).toBe('back spasm coach');
      expect(resolve(localized, 'should I use ice or heat').intent).toBe('IceOrHeatIntent');
    }
  });
});
