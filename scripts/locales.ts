import { join } from 'node:path';

export const SOURCE_LOCALE = 'en-US';
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const MODEL_DIR = join(__dirname, '..', 'interaction-model');
