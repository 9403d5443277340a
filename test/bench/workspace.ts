import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDemoWorkspace } from '../../src-main/session/backend';

export const BENCH_DIR = join(process.cwd(), '.bench');
/** The day the large demo lives around: fixed, so the cached workspace and the scenarios' months agree from run to run. */
export const BENCH_TODAY = '2026-10-08';

/** The large demo workspace, generated once per bench run. */
export function largeWorkspace(): string {
  const dir = join(BENCH_DIR, 'large');
  if (!existsSync(join(dir, 'workspace.sqlite'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeDemoWorkspace({ dataDir: dir, scale: 'large', seed: 1, today: BENCH_TODAY });
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
