import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolverFor } from '../../console/nlu/backend';
import { classifierFor, type IntentClassifier } from '../../console/nlu/classifier/resolve';
import { FALLBACK_INTENT, loadModel } from '../../console/nlu/compile-model';
import { resolve } from '../../console/nlu/resolve';
import { createConsoleSession } from '../../console/session';
import type { SkillHandler } from '../../console/skill-handler';

const model = loadModel('en-US');
let classifier: IntentClassifier;

beforeAll(() => {
  // Trained once from the interaction model: the same classifier every console in this process uses.
  classifier = classifierFor(model);
});

describe('the intent classifier understanding an utterance', () => {
  it('answers a question that names its situation with the ice-or-heat intent and the situation', () => {
    const resolution = classifier.resolve('i threw my back out lifting a couch should i use ice or heat');

    expect(resolution.intent).toBe('IceOrHeatIntent');
    expect(resolution.slots.situation?.match?.id).toBe('sudden');
  });

  it('fills a slot from a synonym and resolves it to the canonical value', () => {
    const resolution = classifier.resolve('tell me about the cold pack');

    expect(resolution.intent).toBe('AskTopicIntent');
    expect(resolution.slots.topic).toMatchObject({ type: 'TopicType', match: { id: 'ice' } });
  });

  it('hears another body part as that body part, so the skill can redirect instead of advising', () => {
    const resolution = classifier.resolve('my shoulder keeps cramping should i heat it');

    expect(resolution.slots.bodyPart?.match?.id).toBe('shoulder');
  });

  it('gives a built-in slot the value Alexa would: a duration in ISO 8601', () => {
    const resolution = classifier.resolve("it's been two weeks and it's no better");

    expect(resolution.slots.duration).toMatchObject({ value: 'P2W', type: 'AMAZON.DURATION' });
  });

  it("takes the value the question is about, not the words its intent's samples say around the slot", () => {
    const resolution = classifier.resolve('is massage good for a back spasm');

    expect(resolution.slots.topic?.match?.id).toBe('massage');
  });

  it('shows the closest sample of the chosen intent and the runner-up, as the matcher does', () => {
    const resolution = classifier.resolve('how long should i keep the ice on');

    expect(resolution.intent).toBe('TimingIntent');
    expect(resolution.sample).toEqual(expect.any(String));
    expect(resolution.runnerUp?.intent).not.toBe('TimingIntent');
  });

  it('sends an utterance with no word the model knows to the fallback, with no slots', () => {
    const resolution = classifier.resolve('zorblax quindle frumious');

    expect(resolution).toMatchObject({ intent: FALLBACK_INTENT, slots: {}, sample: null });
  });
});

describe('the classifier after the skill asks for one slot (Dialog.ElicitSlot)', () => {
  const asked = model.elicitations.get('IceOrHeatIntent.situation') ?? [];

  it("hears a one-word answer as that slot's value", () => {
    const resolution = classifier.resolve('lifting', asked);

    expect(resolution.intent).toBe('IceOrHeatIntent');
    expect(resolution.slots.situation?.match?.id).toBe('sudden');
  });

  it('lets an answer with no value for the slot be resolved as usual', () => {
    const resolution = classifier.resolve('how long should i ice it', asked);

    expect(resolution.intent).toBe(FALLBACK_INTENT);
    expect(resolution.slots.situation).toBeUndefined();
  });
});

describe('choosing the offline NLU', () => {
  const saved = process.env.BSC_NLU;
  afterEach(() => {
    if (saved === undefined) delete process.env.BSC_NLU;
    else process.env.BSC_NLU = saved;
  });

  /** A stand-in skill that records the intent requests it is sent. */
  function recordingSkill() {
    const requests: RequestEnvelope[] = [];
    const handler: SkillHandler = async (event) => {
      requests.push(event);
      return { version: '1.0', response: { shouldEndSession: false } };
    };
    return { handler, requests };
  }

  it('resolves what the user says with the classifier when BSC_NLU=classifier', async () => {
    process.env.BSC_NLU = 'classifier';
    const skill = recordingSkill();
    const voice = await createConsoleSession({ handler: skill.handler });
    const said = 'my back seized up lifting a box ice or heat';

    await voice.say('open back spasm coach');
    const turn = await voice.say(said);

    const heard = classifier.resolve(said);
    expect(turn.explain).toMatchObject({
      sample: heard.sample,
      score: Math.round(heard.score * 1000) / 1000,
    });
    expect(skill.requests[1]?.request).toMatchObject({
      type: 'IntentRequest',
      intent: { name: 'IceOrHeatIntent', slots: { situation: { name: 'situation' } } },
    });
  });

  it('keeps the matcher when BSC_NLU is not set', () => {
    delete process.env.BSC_NLU;
    const said = 'my back seized up lifting a box ice or heat';

    const resolution = resolverFor(model)(said);

    expect(resolution).toEqual(resolve(model, said));
  });

  it('refuses an unknown BSC_NLU value and names the choices', () => {
    expect(() => resolverFor(model, 'bert')).toThrow(/BSC_NLU=bert: expected matcher or classifier/);
  });
});
