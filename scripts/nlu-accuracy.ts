/**
 * `npm run nlu-accuracy`: the blind phrasing sets played through the voice console and the real
 * skill: the right answer spoken, intents, slots and the two safety rules, for the dev sets (every
 * miss listed: tune on these) and the held-out set (totals only: never tune on it).
 *   npm run nlu-accuracy [-- dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|heldout]
 */
import { loadBundledHandler } from '../console/skill-handler';
import { formatReport, scoreConversations } from '../evaluation/conversation-accuracy';
import { isPhrasingSet, loadPhrasingSet, PHRASING_SETS } from '../evaluation/phrasing-sets';

async function main(): Promise<void> {
  const asked = process.argv[2];
  const sets = isPhrasingSet(asked) ? [asked] : PHRASING_SETS;
  const report = console.log;
  // The skill logs every request; the report is what matters here.
  for (const method of ['log', 'info', 'warn', 'error'] as const) console[method] = () => {};
  const handler = await loadBundledHandler();
  for (const set of sets) {
    const scored = await scoreConversations(handler, loadPhrasingSet(set));
    report(formatReport(set, scored, { misses: set !== 'heldout' }));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
