/** The interaction models are generated (build/model, `npm run model`) and obey Alexa's rules for samples. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_DIR, SUPPORTED_LOCALES } from '../../build/config';
import { elicitationPromptId, generateModel } from '../../build/model/generate';
import { ELICITED, REMINDER_TIME } from '../../lambda/conversation/dialog';
import { intentsOf, loadModels } from '../quality/fixtures';

const MODELS = loadModels();

/** Alexa's rules: words, spaces, apostrophes and periods only; numbers spelled out; slots in braces. */
const SAMPLE = /^[a-z' .]*(\{[A-Za-z]+\}[a-z' .]*)*$/i;

describe('the interaction models', () => {
  it.each(SUPPORTED_LOCALES)(
    '%s is what npm run model generates (run it after editing build/model)',
    (locale) => {
      const committed = JSON.parse(readFileSync(join(MODEL_DIR, `${locale}.json`), 'utf8'));
      expect(committed).toEqual(generateModel(locale));
    },
  );

  it.each([...MODELS])(
    '%s: every sample uses only declared slots, each at most once, and no digits',
    (_locale, model) => {
      const broken = intentsOf(model).flatMap((intent) => {
        const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
        const samples = [
          ...(intent.samples ?? []),
          ...(intent.slots ?? []).flatMap((slot) => slot.samples ?? []),
        ];
        return samples.filter((sample) => {
          const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
          return (
            !SAMPLE.test(sample) ||
            sample.length > 200 ||
            new Set(slots).size !== slots.length ||
            slots.some((slot) => slot === undefined || !declared.has(slot))
          );
        });
      });
      expect(broken).toEqual([]);
    },
  );

  it.each([...MODELS])(
    '%s: no intent sample is only a slot, and no sample belongs to two intents',
    (_locale, model) => {
      const owners = new Map<string, string[]>();
      for (const intent of intentsOf(model))
        for (const sample of intent.samples ?? [])
          owners.set(sample, [...(owners.get(sample) ?? []), intent.name ?? '']);
      expect([...owners.keys()].filter((sample) => /^\{\w+\}$/.test(sample))).toEqual([]);
      expect([...owners].filter(([, intents]) => intents.length > 1)).toEqual([]);
    },
  );

  it.each([...MODELS])(
    '%s: gives each custom intent at least 12 samples and none more than 1,500',
    (_locale, model) => {
      const custom = intentsOf(model).filter((intent) => !intent.name?.startsWith('AMAZON.'));
      const counts = custom.map((intent) => [intent.name, intent.samples?.length ?? 0] as const);
      expect(counts.filter(([, n]) => n < 12 || n > 1500)).toEqual([]);
    },
  );

  it.each(
    [...MODELS].flatMap(([locale, model]) => [
      [locale, 'situation', ELICITED, model] as const,
      [locale, 'daily reminder time', REMINDER_TIME, model] as const,
    ]),
  )(
    '%s: lets the skill elicit the %s with its own question and samples',
    (_locale, _what, elicited, model) => {
      const intent = intentsOf(model).find((candidate) => candidate.name === elicited.intent);
      const slot = intent?.slots?.find((candidate) => candidate.name === elicited.slot);
      const dialogSlot = model.interactionModel?.dialog?.intents
        ?.find((candidate) => candidate.name === elicited.intent)
        ?.slots?.find((candidate) => candidate.name === elicited.slot);
      const promptId = elicitationPromptId(elicited.intent, elicited.slot);
      expect(slot?.samples?.length).toBeGreaterThan(3);
      expect(dialogSlot?.prompts?.elicitation).toBe(promptId);
      expect(
        model.interactionModel?.prompts?.find((prompt) => prompt.id === promptId)?.variations?.[0]?.value,
      ).toBeTruthy();
    },
  );

  it.each([...MODELS])('%s: sets the fallback sensitivity on purpose', (_locale, model) => {
    expect(model.interactionModel?.languageModel?.modelConfiguration?.fallbackIntentSensitivity?.level).toBe(
      'LOW',
    );
  });
});
