/**
 * `npm run model`: writes interaction-model/<locale>.json for every locale from build/model. Run it
 * after changing intents, templates, slot types or the vocabulary; a test fails while they differ.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_DIR, REPO_ROOT, SUPPORTED_LOCALES } from '../build/config';
import { generateModel } from '../build/model/generate';

for (const locale of SUPPORTED_LOCALES) {
  const model = generateModel(locale);
  const samples = model.interactionModel?.languageModel?.intents?.reduce(
    (n, i) => n + (i.samples?.length ?? 0),
    0,
  );
  writeFileSync(join(MODEL_DIR, `${locale}.json`), JSON.stringify(model));
  console.log(`wrote interaction-model/${locale}.json (${samples} samples)`);
}
// Biome lays the files out, so they pass `biome ci` like any other file and diff line by line.
execFileSync(
  process.execPath,
  [join(REPO_ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'), 'format', '--write', MODEL_DIR],
  {
    stdio: 'ignore',
  },
);
