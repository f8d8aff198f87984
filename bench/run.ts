/**
 * `npm run bench`: the skill's size and speed against baselines built in the same run.
 * Prints a table and writes bench/results.json. See docs/quality.md for what each row means.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { launchRequest, newDeviceContext } from '../console/envelope';
import { median, percentile } from '../evaluation/stats';
import { voiceBudget } from '../evaluation/voice-budget';
import { benchDir, bundle, MINIMAL_ENTRY, OUR_ENTRY } from './build';
import { answerOne, BARE_NODE, coldStartTimes } from './cold-start';
import { conversations, launchOnly } from './conversations';
import { findLookup, lookupTimes } from './retrieval';
import { type BenchRow, formatTable, infoRow, limitRow, ratioRow } from './table';
import { warmRuns } from './warm';

const COLD_RUNS = 25;
const WARM_REQUESTS = 10_000;
const LOOKUPS = 10_000;
const KIB = 1024;
const MIB = 1024 * 1024;
/** The smallest Lambda memory size: the skill must fit it even though the stack gives it more. */
const LAMBDA_MIN_MB = 128;

async function main(): Promise<void> {
  const started = performance.now();
  const { dir, remove } = benchDir();
  try {
    console.log('building bundles…');
    const ours = await bundle(OUR_ENTRY, dir, 'ours');
    const minimal = await bundle(MINIMAL_ENTRY, dir, 'minimal');
    const probe = await bundle('bench/probes/warm-probe.ts', dir, 'warm-probe');
    const event = join(dir, 'launch.json');
    writeFileSync(event, JSON.stringify(launchRequest(newDeviceContext())));

    console.log(`cold start: ${COLD_RUNS} runs each, interleaved…`);
    const cold = coldStartTimes(
      [answerOne('ours', ours.file, event), answerOne('minimal', minimal.file, event), BARE_NODE],
      COLD_RUNS,
    );
    const coldOurs = median(cold.get('ours') ?? []);
    const coldMinimal = median(cold.get('minimal') ?? []);
    const coldBare = median(cold.get(BARE_NODE.name) ?? []);

    console.log(`warm: ${WARM_REQUESTS} requests each…`);
    const warm = await warmRuns(
      probe.file,
      [
        { name: 'ours', bundleFile: ours.file, conversations: conversations() },
        { name: 'minimal', bundleFile: minimal.file, conversations: launchOnly() },
      ],
      WARM_REQUESTS,
      dir,
    );
    const warmOurs = warm.get('ours') ?? { latenciesMs: [], peakRssBytes: Number.NaN };
    const warmMinimal = warm.get('minimal') ?? { latenciesMs: [], peakRssBytes: Number.NaN };
    const micros = (latencies: number[], q: number) => percentile(latencies, q) * 1_000;

    const lookup = await findLookup();
    const lookupP99 = lookup ? percentile(lookupTimes(lookup, LOOKUPS), 0.99) : null;
    const budget = voiceBudget();

    const rows: BenchRow[] = [
      ratioRow('1. bundle size', 'KiB', ours.bytes / KIB, minimal.bytes / KIB, 'minimal skill', 1.4),
      ratioRow('2. cold start, median', 'ms', coldOurs, coldMinimal, 'minimal skill', 1.05),
      infoRow(
        '   cold start above bare node',
        'ms',
        coldOurs - coldBare,
        coldMinimal - coldBare,
        'minimal skill',
      ),
      infoRow('   bare node -e 0, median', 'ms', coldBare, null, ''),
      ratioRow(
        '3. warm p99 per request',
        'µs',
        micros(warmOurs.latenciesMs, 0.99),
        micros(warmMinimal.latenciesMs, 0.99),
        'minimal LaunchRequest',
        2,
      ),
      infoRow(
        '   warm p50 per request',
        'µs',
        micros(warmOurs.latenciesMs, 0.5),
        micros(warmMinimal.latenciesMs, 0.5),
        'minimal LaunchRequest',
      ),
      limitRow('4. question lookup p99', 'µs', lookupP99, null, '', 50),
      limitRow(
        `5. peak RSS after ${WARM_REQUESTS / 1_000}k requests`,
        'MiB',
        warmOurs.peakRssBytes / MIB,
        warmMinimal.peakRssBytes / MIB,
        'minimal skill',
        LAMBDA_MIN_MB,
      ),
      infoRow('   voice budget: median words', 'words', budget.medianWords, null, ''),
    ];

    console.log(`\n${formatTable(rows)}\n`);
    const results = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      coldStartRuns: COLD_RUNS,
      warmRequests: WARM_REQUESTS,
      rows,
    };
    writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`wrote bench/results.json in ${((performance.now() - started) / 1_000).toFixed(0)} s`);
  } finally {
    remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
