import { defaultMigrationsDir } from '../../../../src-main/db/migrate';
import { postMetrics } from '../../../../src-main/db/schema';
import { readImportFile } from '../../../../src-main/services/imports/pipeline';
import { dispatch } from '../../../../src-main/services/dispatch';
import { openBackend } from '../../../../src-main/session/backend';
import { openWorkspaceSession } from '../../../../src-main/session/workspace-session';
import { MAX_BENCHMARK_IMPORT_BYTES, MAX_BENCHMARK_IMPORT_ROWS } from '../../../../src-shared/contract/benchmarks';
import { benchmarkWorkbook } from '../../../fixtures/files/benchmark-workbook';
import { postMetricValues } from '../imports/post-rows';
import { summarize, type ScenarioResult } from '../../stats';
import { copyOfLargeWorkspace } from '../../workspace';

// Issue 11's import budget: a 50,000-row 新榜 article export (.xlsx) imported in ≤ 3 s, timed as
// the commit (benchmarks.commitImport through the contract: read, detect, map, read every row,
// find what is stored, a before-import backup, one transaction). The preview is timed and printed
// too. The floor is what no import can skip: reading the workbook (the bounded reader) plus
// inserting the same 50,000 rows with the repository's insertMany, each into a fresh copy of
// the large workspace.

const ROWS = 50_000;
const RUNS = 5;
const LIMITS = { maxBytes: MAX_BENCHMARK_IMPORT_BYTES, maxRows: MAX_BENCHMARK_IMPORT_ROWS };

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The floor of one run: the read and the bare inserts of the rows the file holds. */
async function floorRun(input: { fileName: string; base64: string }, values: ReturnType<typeof postMetricValues>): Promise<number> {
  const read = await timed(() => readImportFile(input, LIMITS));
  if (read.value.rows.length !== ROWS) throw new Error(`read ${read.value.rows.length} rows`);
  const session = openWorkspaceSession(copyOfLargeWorkspace('bench-import-floor'), defaultMigrationsDir(), 'bench');
  try {
    const insert = await timed(() => session.ctx.repo.insertMany(postMetrics, values));
    console.error(`    floor: read ${read.ms.toFixed(0)} ms + insertMany ${insert.ms.toFixed(0)} ms`);
    return read.ms + insert.ms;
  } finally {
    session.close();
  }
}

export async function importBenchmarks50k(): Promise<ScenarioResult> {
  const input = { fileName: '新榜导出.xlsx', base64: (await benchmarkWorkbook({ rows: ROWS })).toString('base64') };
  const values = postMetricValues(ROWS);
  const commits: number[] = [];
  const previews: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const backend = openBackend({ dataDir: copyOfLargeWorkspace('bench-import-benchmarks') });
    try {
      const preview = await timed(() => dispatch(backend.handlers, 'benchmarks', 'previewImport', input));
      if (!preview.value.ok) throw new Error(JSON.stringify(preview.value.error));
      const commit = await timed(() => dispatch(backend.handlers, 'benchmarks', 'commitImport', input));
      if (!commit.value.ok) throw new Error(JSON.stringify(commit.value.error));
      const result = commit.value.data as { created: number; invalid: number };
      if (result.created !== ROWS) throw new Error(`imported ${result.created} of ${ROWS} rows (${result.invalid} rejected)`);
      previews.push(preview.ms);
      commits.push(commit.ms);
      console.error(`    run ${run + 1}: preview ${preview.ms.toFixed(0)} ms, commit ${commit.ms.toFixed(0)} ms`);
    } finally {
      backend.close();
    }
    floors.push(await floorRun(input, values));
  }
  const preview = summarize(previews);
  console.error(`  preview of the same file: median ${preview.median.toFixed(0)} ms, p95 ${preview.p95.toFixed(0)} ms`);
  return {
    name: `a 50,000-row 新榜 .xlsx imported (commit; preview median ${preview.median.toFixed(0)} ms)`,
    unit: 'ms',
    summary: summarize(commits),
    budget: 3000,
    kind: 'max',
    floor: { name: 'reading the workbook + insertMany of its rows', summary: summarize(floors), maxRatio: 4 },
  };
}
