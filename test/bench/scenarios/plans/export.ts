import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDemoWorkspace } from '../../../../src-main/session/backend';
import { summarize, type Floor, type ScenarioResult } from '../../stats';
import { BENCH_DIR, BENCH_TODAY, copyOfLargeWorkspace } from '../../workspace';

// Issue 13's budget: `opsbench export plan --latest --out x.docx`, the whole process (Node start,
// workspace opened twice: read-only to find the plan, then for writing to record the export), ≤ 2 s
// on the standard (small) and the large demo, each holding the demo's plan. Floor, side by side in
// the same run: pandoc converting the same plan's Markdown export to .docx; ours may take at most
// 1.5× pandoc's median. Each run records one more export, so the large demo is a throwaway copy.

const ROOT = process.cwd();
const RUNS = 8;
const WARM_UP = 1;
/** Bump when the small demo changes, so the cached standard workspace is rebuilt. */
const SMALL_VERSION = '1';

function timed(command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, OPSBENCH_DATA_DIR: '', LANG: '', LC_ALL: '' } });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr || run.error?.message}`);
  return elapsed;
}

const opsbench = (args: string[]) => timed(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'bin', 'opsbench.js'), ...args]);

function samples(run: () => number): number[] {
  return Array.from({ length: RUNS }, run).slice(WARM_UP);
}

/** The small demo around the bench's day, cached in .bench. */
function standardWorkspace(): string {
  const dir = join(BENCH_DIR, 'plan-small');
  const version = join(dir, 'demo-version');
  if (!existsSync(version) || readFileSync(version, 'utf8') !== SMALL_VERSION) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeDemoWorkspace({ dataDir: dir, scale: 'small', seed: 1, today: BENCH_TODAY });
    writeFileSync(version, SMALL_VERSION);
  }
  return dir;
}

const hasPandoc = () => spawnSync('pandoc', ['--version']).status === 0;

/** pandoc turning the plan's own Markdown export into a .docx, or undefined (with a message) where pandoc is missing. */
function pandocFloor(dataDir: string, out: string): Floor | undefined {
  if (!hasPandoc()) {
    console.error('  plan-export: pandoc is not installed, so the ratio to pandoc is not measured');
    return undefined;
  }
  const markdown = join(out, 'plan.md');
  opsbench(['export', 'plan', '--data-dir', dataDir, '--latest', '--out', markdown]);
  const floor = summarize(samples(() => timed('pandoc', [markdown, '-o', join(out, 'pandoc.docx')])));
  console.error(`  plan-export: the Markdown is ${statSync(markdown).size} bytes; pandoc's .docx ${statSync(join(out, 'pandoc.docx')).size} bytes`);
  return { name: 'pandoc plan.md -o plan.docx (the same plan)', summary: floor, maxRatio: 1.5 };
}

function exportScenario(dataDir: string, name: string, withFloor: boolean): ScenarioResult {
  const out = mkdtempSync(join(BENCH_DIR, 'plan-export-out-'));
  try {
    const docx = join(out, 'x.docx');
    const summary = summarize(samples(() => opsbench(['export', 'plan', '--data-dir', dataDir, '--latest', '--out', docx])));
    console.error(`  plan-export: our .docx ${statSync(docx).size} bytes`);
    const floor = withFloor ? pandocFloor(dataDir, out) : undefined;
    return { name, unit: 'ms', summary, budget: 2000, kind: 'max', ...(floor ? { floor } : {}) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The standard demo, beside pandoc; and Node's own start (`opsbench --version`) as what no command can beat. */
export async function planExportStandard(): Promise<ScenarioResult> {
  const start = summarize(samples(() => opsbench(['--version'])));
  console.error(`  plan-export: opsbench --version (Node start, the static floor) median ${start.median.toFixed(0)} ms`);
  return exportScenario(standardWorkspace(), 'opsbench export plan --latest (.docx), standard demo', true);
}

export async function planExportLarge(): Promise<ScenarioResult> {
  const dataDir = copyOfLargeWorkspace('plan-export-large');
  // The fresh copy is 1.3 GB of dirty pages: flushed now, or the first checkpoint's fsync (closing
  // after recording the export) pays for writing the whole copy to disk, inside the measured runs.
  const file = openSync(join(dataDir, 'workspace.sqlite'), 'r+');
  fsyncSync(file);
  closeSync(file);
  try {
    return exportScenario(dataDir, 'opsbench export plan --latest (.docx), large demo', false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
