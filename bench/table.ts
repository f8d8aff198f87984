/** The bench's rows: a measured value against its baseline and target, and whether it made it. */

export type Verdict = 'pass' | 'miss' | 'n/a' | 'info';

export interface BenchRow {
  measure: string;
  unit: string;
  value: number | null;
  baseline: number | null;
  baselineName: string;
  ratio: number | null;
  target: string;
  verdict: Verdict;
}

/** A target on the ratio to the baseline, e.g. at most 1.4 times the minimal skill's bundle. */
export function ratioRow(
  measure: string,
  unit: string,
  value: number,
  baseline: number,
  baselineName: string,
  maxRatio: number,
): BenchRow {
  const ratio = value / baseline;
  const verdict = ratio <= maxRatio ? 'pass' : 'miss';
  return {
    measure,
    unit,
    value,
    baseline,
    baselineName,
    ratio,
    target: `≤ ${maxRatio.toFixed(2)}×`,
    verdict,
  };
}

/** A target on the value itself (below `limit`), the baseline shown for scale. */
export function limitRow(
  measure: string,
  unit: string,
  value: number | null,
  baseline: number | null,
  baselineName: string,
  limit: number,
): BenchRow {
  const ratio = value !== null && baseline !== null ? value / baseline : null;
  const verdict = value === null ? 'n/a' : value < limit ? 'pass' : 'miss';
  return { measure, unit, value, baseline, baselineName, ratio, target: `< ${limit} ${unit}`, verdict };
}

/** A target on the value itself (at most `limit`), the baseline shown for scale. */
export function atMostRow(measure: string, unit: string, value: number | null, limit: number): BenchRow {
  const verdict = value === null ? 'n/a' : value <= limit ? 'pass' : 'miss';
  return {
    measure,
    unit,
    value,
    baseline: null,
    baselineName: '',
    ratio: null,
    target: `≤ ${limit} ${unit}`,
    verdict,
  };
}

/** Context for reading the other rows, with no target of its own. */
export function infoRow(
  measure: string,
  unit: string,
  value: number | null,
  baseline: number | null,
  baselineName: string,
): BenchRow {
  const ratio = value !== null && baseline !== null ? value / baseline : null;
  return { measure, unit, value, baseline, baselineName, ratio, target: '—', verdict: 'info' };
}

function amount(value: number | null, unit: string): string {
  if (value === null) return 'n/a';
  return `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['measure', 'measured', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map((row) => [
    row.measure,
    amount(row.value, row.unit),
    row.baseline === null ? '—' : `${amount(row.baseline, row.unit)} (${row.baselineName})`,
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
    row.target,
    row.verdict,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)),
  );
  const line = (values: readonly string[]) =>
    values.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
