/**
 * Builds each locale's interaction model (interaction-model/<locale>.json) from the intents, the
 * slot types and the locale's phrases: every template expanded, slot samples for the questions the
 * skill asks itself, and the dialog model that Dialog.ElicitSlot needs.
 */
import type { v1 } from 'ask-smapi-model';
import { PHRASES, REMINDER_PHRASES } from '../../lambda/content';
import type { SupportedLocale } from '../config';
import { expand, type Phrases } from './expand';
import { INTENTS, type IntentDefinition, PHRASE_LISTS } from './intents';
import { LOCALE_PHRASES } from './locales';
import { SLOT_TYPES } from './slot-types';

type Model = v1.skill.interactionModel.InteractionModelData;

export const INVOCATION_NAME = 'back spasm coach';

/**
 * LOW: a rambling, one-breath description of a back spasm should reach an intent, not the fallback.
 * The skill checks the domain itself (lambda/language), so whatever an intent catches by mistake
 * still gets a polite refusal rather than advice.
 */
export const FALLBACK_SENSITIVITY = 'LOW';

const BUILT_IN_INTENTS = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.StartOverIntent',
];

/**
 * What people add to a built-in intent that Alexa's own training may not know: the ways of saying
 * goodbye of each English-speaking country ("ta", "righto, cheers", "no worries, hooroo"),
 * "what do you mean?" and "what sort of stuff do you know?".
 */
const BUILT_IN_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.StopIntent': [
    '(ta|cheers) (mate|bye|then|)',
    '(righto|right o|okey dokey) (cheers|ta|bye)',
    'no worries (hooroo|cheers|mate|ta|bye)',
    'hooroo',
    "(nah|no) (that's|that is) (fine|all good|good) (cheers|thanks|ta|mate)",
    '(thanks|thank you|cheers) (mate|heaps|a lot|so much) (bye|)',
  ],
  // "What do you mean?" asks to hear it again, not what the word "you" means.
  'AMAZON.RepeatIntent': ['what do you mean (by that|)'],
  // Asking what the skill knows is asking for help, not a question about a topic called "stuff".
  'AMAZON.HelpIntent': [
    '(what|what sort of|what kind of) (things|stuff) (do you know|can you help with) (about|)',
    'what (are|is) the (things|stuff) you can (tell|tell me|help with)',
    'what do you know (about|)',
    '(uh|um|so|) what is this (skill|thing|)',
  ],
};

/** The prompt id Alexa's dialog model requires for a slot the skill elicits. */
export function elicitationPromptId(intent: string, slot: string): string {
  return `Elicit.Intent-${intent}.IntentSlot-${slot}`;
}

/** The skill's own questions, as the dialog model states them (the skill speaks its own, the same words). */
const ELICITATION_PROMPTS: Readonly<Record<string, string>> = {
  situation: PHRASES.clarify,
  time: REMINDER_PHRASES.askTime,
};

function phrasesFor(locale: SupportedLocale): Phrases {
  const extra = LOCALE_PHRASES[locale];
  return Object.fromEntries(
    Object.entries(PHRASE_LISTS).map(([name, list]) => [name, [...list, ...(extra[name] ?? [])]]),
  );
}

function samplesOf(templates: readonly string[], phrases: Phrases): string[] {
  return [...new Set(templates.flatMap((template) => expand(template, phrases)))];
}

/** The slots and leads that let an intent hear pain, and the part of the body, said along with it (`hearsPain`). */
const PAIN_SLOTS = { pain: 'PainType', duration: 'AMAZON.DURATION', bodyPart: 'BodyPartType' } as const;
const PAIN_LEADS = [
  '{pain}',
  "(it's|it has) been {duration}",
  'the pain is {pain}',
  'I (hurt|tweaked) my {bodyPart}',
];
/** The same said after the question: "how long does a spasm last, mine's been a week". */
const PAIN_TAILS = [
  "(because|cause|since) (it's|mine's|it has) been {duration}",
  "(and|but|) it's (just|) been (there|going on|like this) for {duration}",
  "(and|but) it's {pain}",
];
/** Only the first few samples get a lead or a tail: enough for the pattern, not a product of every sample. */
const LED_SAMPLES = 3;

function languageIntent(intent: IntentDefinition, phrases: Phrases): v1.skill.interactionModel.Intent {
  const declared = { ...intent.slots, ...(intent.hearsPain ? PAIN_SLOTS : {}) };
  const slots = Object.entries(declared).map(([name, type]) => {
    const samples = intent.slotSamples?.[name];
    return { name, type, ...(samples ? { samples: samplesOf(samples, phrases) } : {}) };
  });
  const samples = samplesOf(intent.samples, phrases);
  const led = intent.hearsPain
    ? samplesOf(
        samples
          .slice(0, LED_SAMPLES)
          .flatMap((sample) => [
            ...PAIN_LEADS.map((lead) => `${lead} ${sample}`),
            ...PAIN_TAILS.map((tail) => `${sample} ${tail}`),
          ]),
        phrases,
      )
    : [];
  return { name: intent.name, ...(slots.length > 0 ? { slots } : {}), samples: [...samples, ...led] };
}

function dialogOf(): Pick<Model['interactionModel'] & object, 'dialog' | 'prompts'> {
  const elicited = INTENTS.filter((intent) => intent.slotSamples);
  return {
    dialog: {
      delegationStrategy: 'SKILL_RESPONSE',
      intents: elicited.map((intent) => ({
        name: intent.name,
        confirmationRequired: false,
        prompts: {},
        slots: Object.entries(intent.slots ?? {}).map(([name, type]) => {
          const elicits = intent.slotSamples?.[name] !== undefined;
          return {
            name,
            type,
            confirmationRequired: false,
            elicitationRequired: elicits,
            prompts: elicits ? { elicitation: elicitationPromptId(intent.name, name) } : {},
          };
        }),
      })),
    },
    prompts: elicited.flatMap((intent) =>
      Object.keys(intent.slotSamples ?? {}).map((slot) => ({
        id: elicitationPromptId(intent.name, slot),
        variations: [{ type: 'PlainText' as const, value: ELICITATION_PROMPTS[slot] ?? '' }],
      })),
    ),
  };
}

export function generateModel(locale: SupportedLocale): Model {
  const phrases = phrasesFor(locale);
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        modelConfiguration: { fallbackIntentSensitivity: { level: FALLBACK_SENSITIVITY } },
        intents: [
          ...BUILT_IN_INTENTS.map((name) => ({
            name,
            samples: samplesOf(BUILT_IN_SAMPLES[name] ?? [], phrases),
          })),
          ...INTENTS.map((intent) => languageIntent(intent, phrases)),
        ],
        types: [...SLOT_TYPES],
      },
      ...dialogOf(),
    },
  };
}
