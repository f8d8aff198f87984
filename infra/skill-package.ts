import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const LOCALE_FILE = /^[a-z]{2}-[A-Z]{2}\.json$/;

/**
 * Copies `skill.json` and `interaction-model/<locale>.json` from `sourceDir` into a fresh folder inside
 * `parentDir` (the cloud assembly, not the OS temp directory), laid out as an SMAPI skill package
 * (`skill.json`, `interactionModels/custom/<locale>.json`). The repo keeps the flatter layout; the
 * Alexa service only accepts this one. The caller removes the folder.
 */
export function stageSkillPackage(sourceDir: string, parentDir: string): string {
  const manifest = path.join(sourceDir, 'skill.json');
  const modelsDir = path.join(sourceDir, 'interaction-model');
  if (!existsSync(manifest) || !existsSync(modelsDir)) {
    throw new Error(`Skill package source ${sourceDir} needs skill.json and an interaction-model/ folder.`);
  }
  const locales = readdirSync(modelsDir).filter((name) => LOCALE_FILE.test(name));
  if (locales.length === 0) {
    throw new Error(`No <locale>.json interaction model (e.g. en-US.json) found in ${modelsDir}.`);
  }

  const stagingDir = mkdtempSync(path.join(parentDir, '.skill-package-'));
  const customDir = path.join(stagingDir, 'interactionModels', 'custom');
  mkdirSync(customDir, { recursive: true });
  copyFileSync(manifest, path.join(stagingDir, 'skill.json'));
  for (const locale of locales) {
    copyFileSync(path.join(modelsDir, locale), path.join(customDir, locale));
  }
  return stagingDir;
}
