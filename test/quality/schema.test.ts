import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, modelPaths, readJson } from './fixtures';
import { INTERACTION_MODEL_SCHEMA, MANIFEST_SCHEMA } from './smapi-schema';

describe("Alexa's own schemas (ask-smapi-model)", () => {
  it('accept skill.json as a SkillManifestEnvelope', () => {
    // Prepare
    const manifest = readJson(MANIFEST_PATH);
    // Act
    const problems = MANIFEST_SCHEMA.problems(manifest);
    // Assess
    expect(problems).toEqual([]);
  });

  it.each(modelPaths().map((path) => [basename(path), path]))(
    'accept interaction-model/%s as InteractionModelData',
    (_file, path) => {
      // Prepare
      const model = readJson(path);
      // Act
      const problems = INTERACTION_MODEL_SCHEMA.problems(model);
      // Assess
      expect(problems).toEqual([]);
    },
  );

  it('reject a broken manifest, saying where each problem is', () => {
    // Prepare: a misspelt key, a summary over 160 characters, an unknown permission and interface.
    const broken = readJson(MANIFEST_PATH) as {
      manifest: {
        publishingInformaton?: unknown;
        publishingInformation: { locales: Record<string, { summary: string }> };
        permissions: { name: string }[];
        apis: { custom: { interfaces: { type: string }[] } };
      };
    };
    broken.manifest.publishingInformaton = {};
    const enUS = broken.manifest.publishingInformation.locales['en-US'];
    if (enUS) enUS.summary = 'A very long summary. '.repeat(10);
    broken.manifest.permissions.push({ name: 'alexa::timers:everything' });
    broken.manifest.apis.custom.interfaces.push({ type: 'HOLOGRAM' });
    // Act
    const parse = () => MANIFEST_SCHEMA.parse(broken, 'skill.json');
    // Assess
    expect(parse).toThrow('skill.json does not match v1.skill.Manifest.SkillManifestEnvelope');
    expect(MANIFEST_SCHEMA.problems(broken)).toEqual([
      '/manifest: unknown property "publishingInformaton"',
      '/manifest/publishingInformation/locales/en-US/summary: must NOT have more than 160 characters',
      expect.stringMatching(
        /^\/manifest\/permissions\/2\/name: must be equal to one of the allowed values: /,
      ),
      expect.stringMatching(
        /^\/manifest\/apis\/custom\/interfaces\/0\/type: must be equal to one of the allowed/,
      ),
    ]);
  });

  it('reject a broken interaction model, saying where each problem is', () => {
    // Prepare: an intent without a name, and a slot value without its spoken value.
    const broken = readJson(modelPaths()[0] ?? '') as {
      interactionModel: {
        languageModel: {
          intents: { name?: string }[];
          types: { values: { name: { value?: string } }[] }[];
        };
      };
    };
    const { intents, types } = broken.interactionModel.languageModel;
    intents.push({});
    const value = types[0]?.values[0];
    if (value) delete value.name.value;
    // Act
    const problems = INTERACTION_MODEL_SCHEMA.problems(broken);
    // Assess
    expect(problems).toEqual([
      '/interactionModel/languageModel/types/0/values/0/name: missing required property "value"',
      `/interactionModel/languageModel/intents/${intents.length - 1}: missing required property "name"`,
    ]);
  });
});
