import { openBackend } from '../../../src-main/session/backend';
import { dispatch } from '../../../src-main/services/dispatch';
import { summarize, type ScenarioResult } from '../stats';
import { copyOfLargeWorkspace } from '../workspace';

/** One edit through the contract (validation), the repository (clock, row, field clocks, outbox) and a synchronous=FULL commit. */
export async function singleEdit(): Promise<ScenarioResult> {
  const backend = openBackend({ dataDir: copyOfLargeWorkspace('single-edit') });
  try {
    const accounts = (await dispatch(backend.handlers, 'accounts', 'list', {})) as { ok: true; data: Array<{ id: string }> };
    const samples: number[] = [];
    for (let i = 0; i < 600; i++) {
      const id = accounts.data[i % accounts.data.length]!.id;
      const start = performance.now();
      const result = await dispatch(backend.handlers, 'accounts', 'update', { id, patch: { followers: 10_000 + i, notes: `第 ${i} 次修改` } });
      const elapsed = performance.now() - start;
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      if (i >= 100) samples.push(elapsed); // the first edits warm up prepared statements
    }
    return { name: 'single edit committed through the sync-ready repository', unit: 'ms', summary: summarize(samples), budget: 2, kind: 'max' };
  } finally {
    backend.close();
  }
}
