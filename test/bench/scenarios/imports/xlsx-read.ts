import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readSheet } from '../../../../src-main/export/sheet';
import { unpackWithLimits } from '../../../../src-main/export/zip-guard';
import { benchmarkWorkbook } from '../../../fixtures/files/benchmark-workbook';
import { summarize, type ScenarioResult } from '../../stats';
import { BENCH_DIR } from '../../workspace';

// Issue 11's "import 50,000 rows ≤ 3 s", its reading part: a 新榜-style workbook of 50,000
// articles × 10 columns read into rows. Floor: unpacking its entries alone (zip-guard.ts), which
// every reader pays; turning 28 MB of XML into 500,000 values costs ~15× inflating it (≤ 20×).
// exceljs, which read workbooks before, is timed once for comparison.

const RUNS = 7;
const LIMITS = { maxRows: 60_000, maxColumns: 256 };

/** The 50,000-row workbook of test/fixtures/files/benchmark-workbook.ts, written once per bench folder (exceljs takes a while to write it). */
export async function cachedBenchmarkWorkbook(): Promise<Buffer> {
  const path = join(BENCH_DIR, 'import-files', '新榜_文章数据_50000.xlsx');
  if (!existsSync(path)) {
    mkdirSync(join(BENCH_DIR, 'import-files'), { recursive: true });
    writeFileSync(path, await benchmarkWorkbook({ rows: 50_000 }));
  }
  return readFileSync(path);
}

/** How long exceljs took to read the same file into the same rows (the former reader). */
async function exceljsMs(bytes: Buffer): Promise<number> {
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const start = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  let cells = 0;
  workbook.worksheets[0]!.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, () => {
      cells++;
    }),
  );
  if (cells === 0) throw new Error('exceljs read no cells');
  return performance.now() - start;
}

export async function xlsxRead50k(): Promise<ScenarioResult> {
  const bytes = await cachedBenchmarkWorkbook();
  const samples: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    let start = performance.now();
    unpackWithLimits(bytes);
    const unpacked = performance.now() - start;
    start = performance.now();
    const sheet = await readSheet('新榜_文章数据.xlsx', bytes, LIMITS);
    const read = performance.now() - start;
    if (sheet.rows.length !== 50_001) throw new Error(`read ${sheet.rows.length} rows of 50,001`);
    if (run > 0) {
      floor.push(unpacked);
      samples.push(read);
    }
  }
  console.error(`  exceljs read the same file in ${(await exceljsMs(bytes)).toFixed(0)} ms (one run)`);
  return {
    name: `a 50,000-row .xlsx read (${(bytes.length / 1024 / 1024).toFixed(1)} MB, 10 columns)`,
    unit: 'ms',
    summary: summarize(samples),
    budget: 800,
    kind: 'max',
    floor: { name: 'unpacking its entries alone', summary: summarize(floor), maxRatio: 20 },
  };
}
