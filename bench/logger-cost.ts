/**
 * `npx tsx bench/logger-cost.ts`: what a structured request log costs with our console logger
 * (lambda/log.ts) and with @aws-lambda-powertools/logger, each added to the minimal skill and bundled
 * with the Lambda options. The numbers, and the choice they led to, are in docs/quality.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchRequest, newDeviceContext } from '../console/envelope';
import { median, percentile } from '../evaluation/stats';
import { benchDir, bundle, MINIMAL_ENTRY } from './build';
import { answerOne, coldStartTimes } from './cold-start';
import { launchOnly } from './conversations';
import { type BenchRow, formatTable, infoRow } from './table';
import { warmRuns } from './warm';

const COLD_RUNS = 25;
const WARM_REQUESTS = 10_000;

const VARIANTS = [
  { name: 'no logger', entry: MINIMAL_ENTRY },
  { name: 'JSON lines on console (lambda/log.ts)', entry: 'bench/logger/console-logger-skill.ts' },
  { name: '@aws-lambda-powertools/logger', entry: 'bench/logger/powertools-logger-skill.ts' },
] as const;

async function main(): Promise<void> {
  const { dir, remove } = benchDir();
  try {
    const probe = await bundle('bench/probes/warm-probe.ts', dir, 'warm-probe');
    const event = join(dir, 'launch.json');
    writeFileSync(event, JSON.stringify(launchRequest(newDeviceContext())));
    const built = await Promise.all(
      VARIANTS.map(async (variant, index) => ({
        ...variant,
        ...(await bundle(variant.entry, dir, `v${index}`)),
      })),
    );
    const cold = coldStartTimes(
      built.map((variant) => answerOne(variant.name, variant.file, event)),
      COLD_RUNS,
    );
    const [base] = built;
    const baseCold = median(cold.get(base?.name ?? '') ?? []);
    const warm = await warmRuns(
      probe.file,
      built.map((variant) => ({ name: variant.name, bundleFile: variant.file, conversations: launchOnly() })),
      WARM_REQUESTS,
      dir,
    );
    const rows = built.flatMap((variant) => {
      const latencies = warm.get(variant.name)?.latenciesMs ?? [];
      return [
        infoRow(
          `${variant.name}: bundle`,
          'KiB',
          variant.bytes / 1024,
          (base?.bytes ?? 0) / 1024,
          VARIANTS[0].name,
        ),
        infoRow(
          `${variant.name}: cold start`,
          'ms',
          median(cold.get(variant.name) ?? []),
          baseCold,
          VARIANTS[0].name,
        ),
        infoRow(`${variant.name}: warm p50`, 'µs', percentile(latencies, 0.5) * 1_000, null, ''),
        infoRow(`${variant.name}: warm p99`, 'µs', percentile(latencies, 0.99) * 1_000, null, ''),
      ] satisfies BenchRow[];
    });
    console.log(formatTable(rows));
  } finally {
    remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
