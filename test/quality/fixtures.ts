/** Typed loaders for the skill's JSON: each document is checked against Alexa's schema as it is read. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { v1 } from 'ask-smapi-model';
import { MODEL_DIR } from '../../build/config';
import { INTERACTION_MODEL_SCHEMA, MANIFEST_SCHEMA } from './smapi-schema';

export const REPO_ROOT = join(__dirname, '..', '..');
export const MANIFEST_PATH = join(REPO_ROOT, 'skill.json');

export type Manifest = v1.skill.Manifest.SkillManifestEnvelope;
export type InteractionModel = v1.skill.interactionModel.InteractionModelData;

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function modelPaths(): string[] {
  return readdirSync(MODEL_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => join(MODEL_DIR, file));
}

export function loadManifest(): Manifest {
  return MANIFEST_SCHEMA.parse(readJson(MANIFEST_PATH), 'skill.json');
}

/** Every locale's interaction model, keyed by locale (the file name without `.json`). */
export function loadModels(): Map<string, InteractionModel> {
  return new Map(
    modelPaths().map((path) => [
      basename(path, '.json'),
      INTERACTION_MODEL_SCHEMA.parse(readJson(path), `interaction-model/${basename(path)}`),
    ]),
  );
}

export function intentsOf(model: InteractionModel): v1.skill.interactionModel.Intent[] {
  return model.interactionModel?.languageModel?.intents ?? [];
}

export function slotTypesOf(model: InteractionModel): v1.skill.interactionModel.SlotType[] {
  return model.interactionModel?.languageModel?.types ?? [];
}
