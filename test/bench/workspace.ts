import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDemoWorkspace } from '../../src-main/session/backend';

export const BENCH_DIR = join(process.cwd(), '.bench');
/** The day the large demo lives around: fixed, so the cached workspace and the scenarios' months agree from run to run. */
export const BENCH_TODAY = '2026-10-08';

/** Bump when the large demo gains data, so a cached workspace from before is rebuilt (2: issue 12's activities, costs, work log, concerns; 3: issue 13's plan). */
const LARGE_DEMO_VERSION = '3';

/** The large demo workspace, generated once and cached in .bench until its version changes. */
export function largeWorkspace(): string {
  const dir = join(BENCH_DIR, 'large');
  const version = join(dir, 'demo-version');
  if (!existsSync(join(dir, 'workspace.sqlite')) || !existsSync(version) || readFileSync(version, 'utf8') !== LARGE_DEMO_VERSION) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeDemoWorkspace({ dataDir: dir, scale: 'large', seed: 1, today: BENCH_TODAY });
    writeFileSync(version, LARGE_DEMO_VERSION);
  }
  return dir;
}

/** A throwaway copy of the large workspace, for scenarios that write. */
export function copyOfLargeWorkspace(name: string): string {
  const dir = join(BENCH_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(largeWorkspace(), dir, { recursive: true });
  return dir;
}
