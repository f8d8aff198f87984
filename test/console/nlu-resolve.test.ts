import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../build/config';
import { loadModel } from '../../console/nlu/compile-model';
import { normalize, stem } from '../../console/nlu/normalize';
import { resolve } from '../../console/nlu/resolve';
import { phrasings } from '../../evaluation/phrasings/nlu-table';

const model = loadModel('en-US');
const intentOf = (utterance: string) => resolve(model, utterance).intent;

describe('normalizing what was said', () => {
  it('expands contractions, drops punctuation and spells out small numbers', () => {
    const { tokens } = normalize("What's a 20-minute timer? I'm sure it doesn't matter, Alexa!");

    expect(tokens.map((token) => token.text).join(' ')).toBe(
      'what is a twenty minute timer i am sure it does not matter alexa',
    );
  });

  it('meets plural, -ing and -ed forms of a word at the same stem', () => {
    expect(stem('stretches')).toBe(stem('stretching'));
    expect(stem('icing')).toBe(stem('ice'));
    expect(stem('stressed')).toBe(stem('stress'));
    expect(stem('bent')).toBe(stem('bending'));
  });
});

describe('resolving an utterance', () => {
  it('fills a slot from a synonym and resolves it to the canonical value', () => {
    const resolution = resolve(model, 'what does magnesium do for it');

    expect(resolution.intent).toBe('AskTopicIntent');
    expect(resolution.slots.topic).toEqual({
      value: 'magnesium',
      type: 'TopicType',
      match: { id: 'supplements', name: 'supplements' },
    });
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
    ['go home', 'AMAZON.NavigateHomeIntent'],
  ])('understands "%s" as %s', (utterance, intent) => {
    expect(intentOf(utterance)).toBe(intent);
  });

  it('tells cancelling the ice timer apart from cancelling', () => {
    expect(intentOf('cancel the ice timer')).toBe('CancelTimerIntent');
    expect(intentOf('cancel')).toBe('AMAZON.CancelIntent');
  });

  it('sends what is not about back spasms to the fallback intent', () => {
    for (const utterance of [
      "what's the weather",
      'play some music',
      'who won the football game last night',
    ]) {
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

  it('resolves an utterance in well under two milliseconds on average once warm', () => {
    const utterances = phrasings.map((phrasing) => phrasing.utterance);
    for (const utterance of utterances) resolve(model, utterance);

    const started = performance.now();
    for (const utterance of utterances) resolve(model, utterance);
    const millis = (performance.now() - started) / utterances.length;

    expect(millis).toBeLessThan(2);
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
