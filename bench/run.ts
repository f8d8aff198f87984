/**
 * `npm run bench`: the skill's size, speed and spoken length against baselines built in the same run.
 * Prints a table and writes bench/results.json. See docs/quality.md for what each row means.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { launchRequest, newDeviceContext } from '../console/envelope';
import { median, percentile } from '../evaluation/stats';
import { spokenAnswers, voiceBudget } from '../evaluation/voice-budget';
import { benchDir, bundle, LOGGED_MINIMAL_ENTRY, MINIMAL_ENTRY, OUR_ENTRY } from './build';
import { answerOne, BARE_NODE, COLD_NODE, coldNodeVersion, coldStartTimes } from './cold-start';
import { conversations, launchOnly } from './conversations';
import { EARLY, WARM_UP } from './probes/warm-up';
import { findLookup, lookupTimes } from './retrieval';
import { ALEXA_WPM, spokenLengths } from './speech';
import { atMostRow, type BenchRow, formatTable, infoRow, limitRow, ratioRow } from './table';
import { type WarmResult, warmRuns } from './warm';
import { bundleParts } from './weights';

const COLD_RUNS = 25;
const WARM_REQUESTS = 10_000;
const LOOKUPS = 10_000;
const KIB = 1024;
const MIB = 1024 * 1024;
/** The smallest Lambda memory size: the skill must fit it even though the stack gives it more. */
const LAMBDA_MIN_MB = 128;
/** A listener who cannot scroll back loses the thread of a longer answer. */
const SPOKEN_MEDIAN_MAX_S = 12;

async function main(): Promise<void> {
  const started = performance.now();
  const { dir, remove } = benchDir();
  try {
    console.log('building bundles…');
    const ours = await bundle(OUR_ENTRY, dir, 'ours');
    const minimal = await bundle(MINIMAL_ENTRY, dir, 'minimal');
    const logged = await bundle(LOGGED_MINIMAL_ENTRY, dir, 'minimal-logged');
    const probe = await bundle('bench/probes/warm-probe.ts', dir, 'warm-probe');
    const event = join(dir, 'launch.json');
    writeFileSync(event, JSON.stringify(launchRequest(newDeviceContext())));

    const coldNode = coldNodeVersion();
    console.log(`cold start: ${COLD_RUNS} runs each on node ${coldNode}, interleaved…`);
    const cold = coldStartTimes(
      [
        answerOne('ours', ours.file, event),
        answerOne('minimal', minimal.file, event),
        answerOne('ours, no source maps', ours.file, event, ''),
        answerOne('minimal, no source maps', minimal.file, event, ''),
        BARE_NODE,
      ],
      COLD_RUNS,
    );
    const coldMedian = (name: string) => median(cold.get(name) ?? []);
    const coldOurs = coldMedian('ours');
    const coldMinimal = coldMedian('minimal');
    const coldOursBare = coldMedian('ours, no source maps');
    const coldMinimalBare = coldMedian('minimal, no source maps');
    const coldNodeOnly = coldMedian(BARE_NODE.name);

    console.log(`warm: ${WARM_REQUESTS} requests each…`);
    const warm = await warmRuns(
      probe.file,
      [
        { name: 'ours', bundleFile: ours.file, conversations: conversations() },
        // The baseline can only answer launches: ours on the same requests shows what the mix costs.
        { name: 'ours, launches', bundleFile: ours.file, conversations: launchOnly() },
        { name: 'minimal, logged', bundleFile: logged.file, conversations: launchOnly() },
        { name: 'minimal', bundleFile: minimal.file, conversations: launchOnly() },
      ],
      WARM_REQUESTS,
      dir,
    );
    const none: WarmResult = { latenciesMs: [], earlyLatenciesMs: [], peakRssBytes: Number.NaN };
    const warmOurs = warm.get('ours') ?? none;
    const warmLaunches = warm.get('ours, launches') ?? none;
    const warmLogged = warm.get('minimal, logged') ?? none;
    const warmMinimal = warm.get('minimal') ?? none;
    const micros = (result: WarmResult, q: number) => percentile(result.latenciesMs, q) * 1_000;
    const earlyMicros = (result: WarmResult, q: number) => percentile(result.earlyLatenciesMs, q) * 1_000;

    const lookup = await findLookup(dir);
    const lookupP99 = lookup ? percentile(lookupTimes(lookup, LOOKUPS), 0.99) : null;

    const answers = spokenAnswers();
    const budget = voiceBudget(answers);
    console.log(`spoken length: ${answers.length} answers through espeak-ng…`);
    const speechDir = join(dir, 'speech');
    mkdirSync(speechDir);
    const spoken = await spokenLengths(answers, speechDir);
    const seconds = spoken?.answers.map((length) => length.alexaSeconds) ?? [];
    const longest = [...(spoken?.answers ?? [])].sort((a, b) => b.alexaSeconds - a.alexaSeconds)[0];

    const parts = bundleParts(ours.metafile).map(({ name, bytes }) =>
      infoRow(`   ${name}`, 'KiB', bytes / KIB, minimal.bytes / KIB, 'minimal skill'),
    );
    const rows: BenchRow[] = [
      ratioRow('1. bundle size', 'KiB', ours.bytes / KIB, minimal.bytes / KIB, 'minimal skill', 1.4),
      ...parts,
      infoRow(
        '   bundle size, gzipped',
        'KiB',
        ours.gzipBytes / KIB,
        minimal.gzipBytes / KIB,
        'minimal skill',
      ),
      ratioRow('2. cold start, median', 'ms', coldOurs, coldMinimal, 'minimal skill', 1.05),
      infoRow(
        '   cold start above bare node',
        'ms',
        coldOurs - coldNodeOnly,
        coldMinimal - coldNodeOnly,
        'minimal skill',
      ),
      infoRow('   bare node, median', 'ms', coldNodeOnly, null, ''),
      infoRow('   without --enable-source-maps', 'ms', coldOursBare, coldMinimalBare, 'minimal skill'),
      infoRow(
        '   what --enable-source-maps costs',
        'ms',
        coldOurs - coldOursBare,
        coldMinimal - coldMinimalBare,
        'minimal skill',
      ),
      ratioRow(
        '3. warm p99 per request',
        'µs',
        micros(warmOurs, 0.99),
        micros(warmLogged, 0.99),
        'minimal, logged',
        2,
      ),
      infoRow(
        '   warm p50 per request',
        'µs',
        micros(warmOurs, 0.5),
        micros(warmLogged, 0.5),
        'minimal, logged',
      ),
      infoRow(
        `   warm p99, still warming (requests ${EARLY.from.toLocaleString('en')}–${EARLY.to.toLocaleString('en')})`,
        'µs',
        earlyMicros(warmOurs, 0.99),
        earlyMicros(warmLogged, 0.99),
        'minimal, logged',
      ),
      infoRow(
        '   warm p99, launches only (the same requests)',
        'µs',
        micros(warmLaunches, 0.99),
        micros(warmLogged, 0.99),
        'minimal, logged',
      ),
      infoRow(
        '   warm p50, launches only (the same requests)',
        'µs',
        micros(warmLaunches, 0.5),
        micros(warmLogged, 0.5),
        'minimal, logged',
      ),
      infoRow(
        '   warm p99, unlogged baseline',
        'µs',
        micros(warmOurs, 0.99),
        micros(warmMinimal, 0.99),
        'minimal',
      ),
      infoRow(
        '   warm p50, unlogged baseline',
        'µs',
        micros(warmOurs, 0.5),
        micros(warmMinimal, 0.5),
        'minimal',
      ),
      limitRow('4. question lookup p99', 'µs', lookupP99, null, '', 50),
      limitRow(
        `5. peak RSS after ${(WARM_UP + WARM_REQUESTS) / 1_000}k requests`,
        'MiB',
        warmOurs.peakRssBytes / MIB,
        warmMinimal.peakRssBytes / MIB,
        'minimal skill',
        LAMBDA_MIN_MB,
      ),
      atMostRow(
        `6. spoken length at ${ALEXA_WPM} wpm, median`,
        's',
        spoken ? median(seconds) : null,
        SPOKEN_MEDIAN_MAX_S,
      ),
      infoRow(`   longest: ${longest?.label ?? 'n/a'}`, 's', longest?.alexaSeconds ?? null, null, ''),
      infoRow('   espeak-ng measured pace (at -s 175)', 'wpm', spoken?.espeakWpm ?? null, null, ''),
      infoRow('   voice budget: median words', 'words', budget.medianWords, null, ''),
    ];

    console.log(`\n${formatTable(rows)}\n`);
    if (!spoken) console.log('row 6: espeak-ng is not installed (apt-get install espeak-ng)\n');
    const results = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      coldStartNode: coldNode,
      coldStartNodeIsBenchNode: COLD_NODE === process.execPath,
      cpus: cpus().length,
      coldStartRuns: COLD_RUNS,
      warmRequests: WARM_REQUESTS,
      rows,
      speech: spoken && { alexaWpm: ALEXA_WPM, ...spoken },
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
