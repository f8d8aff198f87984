/**
 * Where things are and what they are called: the one build configuration that infra, the console,
 * the bench, the tests and the build share. Dependency-free (only node:path), so importing it never
 * loads esbuild, CDK or anything else.
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
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export function isSupportedLocale(locale: string): locale is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(locale);
}

/** The skill manifest. */
export const MANIFEST_FILE = join(REPO_ROOT, 'skill.json');
