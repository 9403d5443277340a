import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDemoWorkspace } from '../../../src-main/session/backend';
import { summarize, type ScenarioResult } from '../stats';
import { BENCH_DIR, BENCH_TODAY } from '../workspace';

/**
 * Loading the small demo (what a first run offers), with its year of benchmark figures: from an
 * empty folder to the workspace written and closed. Before the figures (issue 11) it took about
 * 0.6 s of CPU; the budget keeps the first run's demo quick.
 */
export async function demoSmall(): Promise<ScenarioResult> {
  const samples: number[] = [];
  mkdirSync(BENCH_DIR, { recursive: true });
  for (let run = 0; run < 4; run++) {
    const dataDir = mkdtempSync(join(BENCH_DIR, 'demo-small-'));
    try {
      const start = performance.now();
      writeDemoWorkspace({ dataDir, scale: 'small', seed: run + 1, today: BENCH_TODAY });
      if (run >= 1) samples.push(performance.now() - start);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { name: 'loading the small demo (with a year of benchmark figures)', unit: 'ms', summary: summarize(samples), budget: 5000, kind: 'max' };
}
