/**
 * en-US is the source interaction model; the other English locales carry the same content.
 * Run after editing en-US: `npm run sync-locales`. A test fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_DIR, SOURCE_LOCALE, SUPPORTED_LOCALES } from '../build/config';

const source = readFileSync(join(MODEL_DIR, `${SOURCE_LOCALE}.json`), 'utf8');
for (const locale of SUPPORTED_LOCALES) {
  if (locale === SOURCE_LOCALE) continue;
  writeFileSync(join(MODEL_DIR, `${locale}.json`), source);
  console.log(`wrote ${locale}.json`);
}
