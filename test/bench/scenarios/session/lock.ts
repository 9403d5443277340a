import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireWorkspaceLock } from '../../../../src-main/session/workspace-lock';
import { summarize, type ScenarioResult } from '../../stats';

/** Issue 7: what the workspace lock adds to opening a workspace (take it, then give it back), ≤ 5 ms. */
export async function workspaceLock(): Promise<ScenarioResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-bench-lock-'));
  const samples: number[] = [];
  try {
    for (let run = 0; run < 220; run++) {
      const start = performance.now();
      acquireWorkspaceLock(dataDir, 'bench').release();
      if (run >= 20) samples.push(performance.now() - start);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { name: 'the workspace lock, taken and released', unit: 'ms', summary: summarize(samples), budget: 5, kind: 'max' };
}
