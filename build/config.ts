/**
 * Where things are and what they are called: the one build configuration that infra, the console,
 * the bench, the tests and the build share. Dependency-free (node:path, and the skill's own locale
 * list), so importing it never loads esbuild, CDK or anything else.
 */
import { join } from 'node:path';

/** The repository root, so every tool works from any working directory. */
export const REPO_ROOT = join(__dirname, '..');

/** The Lambda handler's source, and the folder `npm run build` bundles it into. */
export const LAMBDA_ENTRY = join(REPO_ROOT, 'lambda', 'index.ts');
export const LAMBDA_SOURCE_DIR = join(REPO_ROOT, 'lambda');
export const LAMBDA_OUT_DIR = join(REPO_ROOT, 'dist', 'lambda');
/** The bundle's file name inside its folder; with `LAMBDA_HANDLER`, what the Lambda runtime loads. */
export const BUNDLE_FILE_NAME = 'index.js';
export const BUNDLE_FILE = join(LAMBDA_OUT_DIR, BUNDLE_FILE_NAME);
/** Lambda handler string for the bundle: file `index.js`, export `handler`. */
export const LAMBDA_HANDLER = 'index.handler';

/** The interaction models, one JSON per locale; en-US is the source the others are synced from. */
export const MODEL_DIR = join(REPO_ROOT, 'interaction-model');
export const SOURCE_LOCALE = 'en-US';
export { isSupportedLocale, SUPPORTED_LOCALES, type SupportedLocale } from '../lambda/locales';

/** The skill manifest. */
export const MANIFEST_FILE = join(REPO_ROOT, 'skill.json');
