import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvWideHeader, xlsxWithFarCells, xlsxZipBomb } from '../../../fixtures/files/hostile-files';
import { summarize, type ScenarioResult } from '../../stats';
import { BENCH_DIR } from '../../workspace';

// Issue 7's import budgets: a hostile file refused in ≤ 2 s and ≤ 200 MB peak memory, a normal
// 5,000-row file previewed in ≤ 1 s. Each file is previewed in a child process of its own
// (test/bench/scenarios/files/preview-child.ts), whose peak RSS is printed beside the times.

const CHILD = join(import.meta.dirname, 'preview-child.ts');
const RUNS = 7;

interface ChildResult {
  samples: number[];
  outcome: string;
  maxRssMb: number;
}

function preview(path: string): ChildResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, path, String(RUNS)], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1)!) as ChildResult;
}

function benchFile(name: string, bytes: Buffer): string {
  const dir = join(BENCH_DIR, 'import-files');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A plain 5,000-row calendar CSV, as an operator's yearly plan exported from Excel would be. */
function normalCsv(): Buffer {
  const accounts = ['悦汇·上海生活', '悦汇·杭州生活', '悦汇·南京生活'];
  const rows = Array.from({ length: 5000 }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(Math.floor(i / 420) + 1).padStart(2, '0');
    return `${accounts[i % 3]},2027-${month}-${day},${(i % 2) + 1},第 ${i} 篇｜冬日好物清单,选题说明 ${i},选题`;
  });
  return Buffer.from(`\ufeff账号,日期,位置,标题,选题说明,状态\n${rows.join('\n')}\n`, 'utf8');
}

const HOSTILE: Array<[string, () => Buffer]> = [
  ['far-cells.xlsx', () => xlsxWithFarCells()],
  ['zip-bomb.xlsx', () => xlsxZipBomb(200)],
  ['wide-header.csv', () => csvWideHeader()],
  ['blank-lines.csv', () => Buffer.from(`账号,标题\n${'\n'.repeat(1_000_000)}`, 'utf8')],
];

let hostileRuns: Array<ChildResult & { name: string }> | undefined;

/** Each hostile file previewed (and refused) in its own child process, once per bench run. */
function hostileResults(): Array<ChildResult & { name: string }> {
  hostileRuns ??= HOSTILE.map(([name, make]) => ({ name, ...preview(benchFile(name, make())) }));
  for (const r of hostileRuns) if (!r.outcome.startsWith('refused')) throw new Error(`hostile file ${r.name} was not refused: ${r.outcome}`);
  return hostileRuns;
}

export async function hostileImportTime(): Promise<ScenarioResult> {
  const results = hostileResults();
  for (const r of results) console.error(`  ${r.name}: ${r.outcome}, median ${summarize(r.samples).median.toFixed(0)} ms, peak RSS ${r.maxRssMb.toFixed(0)} MB`);
  return { name: 'a hostile import refused (far cells, zip bomb, wide header, blank lines)', unit: 'ms', summary: summarize(results.flatMap((r) => r.samples)), budget: 2000, kind: 'max' };
}

/**
 * The memory a hostile file costs: each refusing process's peak RSS over that of the same
 * process previewing a one-row file (Node, tsx and the back end alone take ~280 MB of it).
 */
export async function hostileImportMemory(): Promise<ScenarioResult> {
  const baseline = preview(benchFile('one-row.csv', Buffer.from('账号,标题\n悦汇·上海生活,冬日火锅季\n', 'utf8'))).maxRssMb;
  console.error(`  baseline: a one-row preview peaks at ${baseline.toFixed(0)} MB`);
  return { name: 'peak memory a hostile import adds to the process', unit: 'MB', summary: summarize(hostileResults().map((r) => Math.max(0, r.maxRssMb - baseline))), budget: 200, kind: 'max' };
}

export async function normalImportPreview(): Promise<ScenarioResult> {
  const result = preview(benchFile('plan-5000.csv', normalCsv()));
  if (!result.outcome.startsWith('previewed 5000')) throw new Error(`the 5,000-row file was not previewed: ${result.outcome}`);
  return { name: `a 5,000-row calendar CSV previewed (peak RSS ${result.maxRssMb.toFixed(0)} MB)`, unit: 'ms', summary: summarize(result.samples), budget: 1000, kind: 'max' };
}
