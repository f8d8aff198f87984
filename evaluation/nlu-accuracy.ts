/** Scores the offline NLU against a table of phrasings with the intent (and slot value) a person would expect. */
import type { CompiledModel } from '../console/nlu/compile-model';
import { type Resolution, resolve } from '../console/nlu/resolve';

export interface ExpectedPhrasing {
  utterance: string;
  intent: string;
  /** Expected entity-resolution id of a slot; null expects the slot filled with no match. */
  slot?: { name: string; id: string | null };
}

export interface Miss {
  expected: ExpectedPhrasing;
  got: Resolution;
  /** Right intent, wrong or missing slot value. */
  slotOnly: boolean;
}

export interface AccuracyReport {
  total: number;
  intentCorrect: number;
  slotChecked: number;
  slotCorrect: number;
  misses: Miss[];
  /** Mean time to resolve one utterance once warmed up (a second pass), in milliseconds. */
  meanMillis: number;
}

function slotMatches(expected: NonNullable<ExpectedPhrasing['slot']>, got: Resolution): boolean {
  const slot = got.slots[expected.name];
  if (!slot) return false;
  return expected.id === null ? slot.match === null : slot.match?.id === expected.id;
}

export function measureAccuracy(
  model: CompiledModel,
  phrasings: readonly ExpectedPhrasing[],
): AccuracyReport {
  const report: AccuracyReport = {
    total: 0,
    intentCorrect: 0,
    slotChecked: 0,
    slotCorrect: 0,
    misses: [],
    meanMillis: 0,
  };
  for (const expected of phrasings) {
    const got = resolve(model, expected.utterance);
    report.total += 1;
    const intentRight = got.intent === expected.intent;
    if (intentRight) report.intentCorrect += 1;
    const slotRight = !expected.slot || slotMatches(expected.slot, got);
    if (expected.slot && intentRight) {
      report.slotChecked += 1;
      if (slotRight) report.slotCorrect += 1;
    }
    if (!intentRight || !slotRight) report.misses.push({ expected, got, slotOnly: intentRight });
  }
  const started = performance.now();
  for (const { utterance } of phrasings) resolve(model, utterance);
  report.meanMillis = (performance.now() - started) / Math.max(1, report.total);
  return report;
}

/** A readable summary: the accuracy line, then one line per miss. */
export function formatAccuracy(report: AccuracyReport): string {
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
  const lines = [
    `intent accuracy: ${report.intentCorrect}/${report.total} (${percent(report.intentCorrect, report.total)})`,
    `slot accuracy (where the intent was right): ${report.slotCorrect}/${report.slotChecked} (${percent(report.slotCorrect, report.slotChecked)})`,
    `mean resolve time: ${report.meanMillis.toFixed(3)} ms`,
  ];
  for (const { expected, got, slotOnly } of report.misses) {
    const slots = Object.entries(got.slots)
      .map(
        ([name, slot]) =>
          `${name}=${slot.value} (${slot.match === undefined ? 'free text' : (slot.match?.id ?? 'no match')})`,
      )
      .join(', ');
    const want = expected.slot ? ` ${expected.slot.name}=${expected.slot.id ?? 'no match'}` : '';
    lines.push(
      `${slotOnly ? 'SLOT' : 'MISS'} "${expected.utterance}": expected ${expected.intent}${want}, got ${got.intent} ${got.score.toFixed(2)}${slots ? ` [${slots}]` : ''}${got.sample ? ` via "${got.sample}"` : ''}`,
    );
  }
  return lines.join('\n');
}
