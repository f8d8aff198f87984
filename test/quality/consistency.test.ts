import type { v1 } from 'ask-smapi-model';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../build/config';
import { intentRequest, newDeviceContext, type SlotInput } from '../../console/envelope';
import { FALLBACK_INTENT } from '../../console/nlu/compile-model';
import { createConsoleSession } from '../../console/session';
import {
  isSituationId,
  isTopicId,
  PHRASES,
  REMINDER_PHRASES,
  type SituationId,
  situation,
  topic,
} from '../../lambda/content';
import { HANDLED_INTENTS } from '../../lambda/handlers';
import { unknownIntent } from '../../lambda/handlers/questions';
import { REMINDERS_PERMISSION } from '../../lambda/reminders/consent';
import { TIMERS_PERMISSION } from '../../lambda/timers/consent';
import { Dialogue, invoke } from '../support/dialogue';
import { intentsOf, loadManifest, loadModels, slotTypesOf } from './fixtures';
import { routeOf } from './routing';

const MODELS = loadModels();
const LOCALES = [...MODELS.keys()];

/** Sends a bare intent (slots declared, none filled) and tells whether a named route answered it. */
async function isRouted(locale: string, intent: string, slotNames: readonly string[] = []): Promise<boolean> {
  const request = intentRequest(newDeviceContext({ locale }), intent, {}, slotNames);
  const route = await routeOf(request);
  return route !== undefined && route !== unknownIntent;
}

/** Said before each slot value is tried, so "what about ice?" has a situation to judge by. */
const SITUATION_SO_FAR = 'sudden';

/** Whether a reply says what a resolved slot value must lead to, per custom slot type. */
type Expectation = (id: string, intent: string) => ((speech: string) => boolean) | undefined;

const says = (text: string | undefined) =>
  text === undefined ? undefined : (speech: string) => speech.includes(text);
const advice = (id: SituationId) => topic(situation(id).advice).speech;

const CONTENT_FOR_SLOT: Readonly<Record<string, Expectation>> = {
  TopicType: (id) => says(isTopicId(id) ? topic(id).speech : undefined),
  SituationType: (id) => says(isSituationId(id) ? advice(id) : undefined),
  TreatmentType: (id, intent) => {
    if (id !== 'ice' && id !== 'heat') return undefined;
    // Asked with the situation already told, "should I use heat?" gets heat's verdict for it.
    return intent === 'WhyIntent'
      ? says(topic(SITUATION_SO_FAR).why)
      : says(situation(SITUATION_SO_FAR).verdict[id]);
  },
  BodyPartType: (id) =>
    id === 'lower-back' ? (speech) => !speech.includes(PHRASES.otherBodyPart) : says(PHRASES.otherBodyPart),
  PainType: (id) => says(topic(id === 'recurring' ? 'parkinsons' : 'doctor').speech),
  MedicineType: (_id, intent) => says(intent === 'DoseIntent' ? PHRASES.noDose : topic('medicine').speech),
  SupplementType: (_id, intent) =>
    says(intent === 'DoseIntent' ? PHRASES.noSupplementDose : topic('supplements').speech),
  ConditionType: (id) => says(id === 'neurological' ? topic('parkinsons').speech : PHRASES.outOfDomain),
  // The device in these checks has not allowed reminders: cancelling any of them asks for that first.
  ReminderType: () => says(REMINDER_PHRASES.cancelNoPermission),
  AnimalType: () => says(PHRASES.outOfDomain),
  // A movement that hurt the back is a sudden start.
  InjuryType: () => says(advice('sudden')),
};

interface SlotCase {
  locale: string;
  intent: string;
  slot: string;
  type: string;
  value: v1.skill.interactionModel.TypeValue;
}

function customSlotCases(): SlotCase[] {
  return [...MODELS].flatMap(([locale, model]) => {
    const types = new Map(slotTypesOf(model).map((type) => [type.name, type.values ?? []]));
    return intentsOf(model).flatMap((intent) =>
      (intent.slots ?? []).flatMap((slot) =>
        (types.get(slot.type ?? '') ?? []).map((value) => ({
          locale,
          intent: intent.name ?? '',
          slot: slot.name ?? '',
          type: slot.type ?? '',
          value,
        })),
      ),
    );
  });
}

describe('the interaction models and the handlers', () => {
  it.each([...MODELS])(
    'route every intent of the %s model to a handler, not to the unknown-intent answer',
    async (locale, model) => {
      // Prepare
      const intents = intentsOf(model);
      // Act
      const unrouted: string[] = [];
      for (const intent of intents) {
        const slotNames = (intent.slots ?? []).map((slot) => slot.name ?? '');
        if (!(await isRouted(locale, intent.name ?? '', slotNames)))
          unrouted.push(intent.name ?? '(no name)');
      }
      // Assess
      expect(intents.length).toBeGreaterThan(0);
      expect(unrouted).toEqual([]);
    },
  );

  it('declare every intent a handler answers by name, in every locale', async () => {
    // Prepare
    const declared = [...MODELS].map(([locale, model]) => ({
      locale,
      intents: new Set(intentsOf(model).map((intent) => intent.name)),
    }));
    // Act
    const missing = HANDLED_INTENTS.flatMap((intent) =>
      declared.filter((model) => !model.intents.has(intent)).map((model) => `${intent} in ${model.locale}`),
    );
    const notReally: string[] = [];
    for (const intent of HANDLED_INTENTS) if (!(await isRouted('en-US', intent))) notReally.push(intent);
    // Assess
    expect(HANDLED_INTENTS.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(notReally).toEqual([]);
  });

  it('know what content every custom slot type leads to', () => {
    // Prepare
    const types = [...MODELS.values()].flatMap((model) => slotTypesOf(model).map((type) => type.name ?? ''));
    // Act
    const unmapped = [...new Set(types)].filter((type) => !(type in CONTENT_FOR_SLOT));
    // Assess
    expect(unmapped).toEqual([]);
  });

  it('answer every custom slot value, in every intent that takes it, with the content it names', async () => {
    // Prepare
    const cases = customSlotCases();
    // Act
    const wrong: string[] = [];
    for (const { locale, intent, slot, type, value } of cases) {
      const alexa = new Dialogue({ locale });
      await alexa.intent('DescribeSituationIntent', { situation: SITUATION_SO_FAR });
      const id = value.id ?? '';
      const input: SlotInput = {
        value: value.name?.value ?? '',
        type,
        match: { id, name: value.name?.value ?? '' },
      };
      const turn = await alexa.send(intentRequest(alexa.device, intent, { [slot]: input }));
      const expected = CONTENT_FOR_SLOT[type]?.(id, intent);
      if (!expected?.(turn.speech)) wrong.push(`${locale} ${intent} ${slot}=${id}: "${turn.speech}"`);
    }
    // Assess
    expect(cases.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

describe('another part of the body, by each of its synonyms', () => {
  it('gets the redirect in the body-part slot, said without the "my" the samples put before it', async () => {
    // Prepare: "I hurt my {bodyPart}" fills the slot with "head", not "my head"
    const model = MODELS.get('en-US');
    const parts = (model ? slotTypesOf(model) : [])
      .filter((type) => type.name === 'BodyPartType')
      .flatMap((type) => type.values ?? [])
      .filter((value) => value.id !== 'lower-back');
    const said = parts.flatMap((value) =>
      [value.name?.value ?? '', ...(value.name?.synonyms ?? [])].map((words) => ({
        id: value.id ?? '',
        words: words.replace(/^(my|me) /, ''),
      })),
    );
    // Act
    const advised: string[] = [];
    for (const { id, words } of said) {
      const alexa = new Dialogue();
      const input: SlotInput = { value: words, type: 'BodyPartType', match: { id, name: id } };
      const turn = await alexa.send(intentRequest(alexa.device, 'IceOrHeatIntent', { bodyPart: input }));
      if (!turn.speech.includes(PHRASES.otherBodyPart)) advised.push(`${id}: "${words}"`);
    }
    // Assess
    expect(said.length).toBeGreaterThan(100);
    expect(advised).toEqual([]);
  });
});

describe("skill.json's permissions", () => {
  it('declare every permission the skill asks the user for', () => {
    // Prepare
    const { manifest } = loadManifest();
    // Act
    const declared = (manifest?.permissions ?? []).map((permission) => permission.name);
    // Assess
    expect(declared).toEqual(expect.arrayContaining([TIMERS_PERMISSION, REMINDERS_PERMISSION]));
  });
});

describe('the locales', () => {
  it('are the same in skill.json, its privacy section, interaction-model/ and scripts/locales.ts', () => {
    // Prepare
    const { manifest } = loadManifest();
    // Act
    const published = Object.keys(manifest?.publishingInformation?.locales ?? {}).sort();
    const privacy = Object.keys(manifest?.privacyAndCompliance?.locales ?? {}).sort();
    // Assess
    expect(published).toEqual([...LOCALES].sort());
    expect(privacy).toEqual([...LOCALES].sort());
    expect([...SUPPORTED_LOCALES].sort()).toEqual([...LOCALES].sort());
  });
});

describe("skill.json's example phrases", () => {
  const { manifest } = loadManifest();
  const phrases = Object.entries(manifest?.publishingInformation?.locales ?? {}).flatMap(([locale, info]) =>
    (info.examplePhrases ?? []).map((phrase) => [phrase, locale] as const),
  );

  it.each(phrases)(
    '"%s" (%s) opens the skill or reaches one of its intents, not the fallback',
    async (phrase, locale) => {
      // Prepare
      const voice = await createConsoleSession({ locale, handler: invoke });
      // Act
      const turn = await voice.say(phrase);
      // Assess
      expect(['LaunchRequest', 'IntentRequest']).toContain(turn.request);
      expect(turn.intent).not.toBe(FALLBACK_INTENT);
    },
  );
});
