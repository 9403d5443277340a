import { floorRatio, withinBudget, type ScenarioResult, type Summary } from './stats';

// The bench's one table: a row per budget, plus a row per floor it is compared with.

function format(value: number, unit: string): string {
  return unit === 'ms' ? `${value.toFixed(value < 10 ? 2 : 0)} ms` : `${Math.round(value).toLocaleString('en')} ${unit}`;
}

interface Row {
  scenario: string;
  median: string;
  p95: string;
  budget: string;
  ratio: string;
  verdict: string;
}

const columns: Array<[keyof Row, string]> = [
  ['scenario', 'scenario'],
  ['median', 'median'],
  ['p95', 'p95'],
  ['budget', 'budget (p95)'],
  ['ratio', 'ratio'],
  ['verdict', 'ok/over'],
];

function timings(summary: Summary, unit: string): Pick<Row, 'median' | 'p95'> {
  return { median: format(summary.median, unit), p95: format(summary.p95, unit) };
}

function rowsOf(result: ScenarioResult): Row[] {
  const bound = result.kind === 'max' ? '≤' : '≥';
  const ratio = floorRatio(result);
  const row: Row = {
    scenario: `${result.name} (${result.summary.runs} runs)`,
    ...timings(result.summary, result.unit),
    budget: `${bound} ${format(result.budget, result.unit)}`,
    ratio: ratio !== undefined ? `${ratio.toFixed(2)}× floor (≤ ${result.floor!.maxRatio}×)` : result.calls ? `${result.calls.most} API calls (≤ ${result.calls.budget})` : '',
    verdict: withinBudget(result) ? 'ok' : 'OVER',
  };
  if (!result.floor) return [row];
  const floor: Row = { scenario: `  floor: ${result.floor.name} (${result.floor.summary.runs} runs)`, ...timings(result.floor.summary, result.unit), budget: '', ratio: '', verdict: '' };
  return [row, floor];
}

/** The results as a fixed-width table. */
export function reportTable(results: ScenarioResult[]): string {
  const rows = results.flatMap(rowsOf);
  const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((r) => r[key].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(columns.map(([, title]) => title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map(([key]) => r[key])))].join('\n');
}
