import { join } from 'node:path';
import { openSqlite } from '../../../src-main/db/connection';
import { SyncRepository } from '../../../src-main/sync/repository';
import { encodeHlc, HybridClock } from '../../../src-shared/domain/sync/hlc';
import type { FieldChange } from '../../../src-shared/domain/sync/lww';
import { summarize, type ScenarioResult } from '../stats';
import { copyOfLargeWorkspace } from '../workspace';

const BATCH = 20_000;
const FIELDS: Array<[string, (i: number) => unknown]> = [
  ['name', (i) => `悦汇·远端账号${i}`],
  ['handle', (i) => `remote_${i}`],
  ['business_line', () => '购物中心'],
  ['city', () => '上海'],
  ['followers', (i) => i],
  ['verified', (i) => i % 2 === 0],
  ['platform', () => 'wechat_subscription'],
  ['purpose', () => 'sales'],
  ['notes', (i) => `来自总部的第 ${i} 条修改`],
  ['created_at', () => '2026-11-01T00:00:00.000Z'],
];

/** A batch as HQ would send it: new rows and edits of existing ones, every field with its clock. */
function batch(existingIds: string[]): FieldChange[] {
  const wall = Date.now();
  return Array.from({ length: BATCH }, (_, i) => {
    const rowNumber = Math.floor(i / FIELDS.length);
    const [field, value] = FIELDS[i % FIELDS.length]!;
    const rowId = rowNumber < existingIds.length ? existingIds[rowNumber]! : `remote-${rowNumber}`;
    return { table: 'accounts', rowId, field, value: value(i), hlc: encodeHlc({ wall: wall + rowNumber, counter: i % FIELDS.length, node: 'hq' }) };
  });
}

export async function applyChanges(): Promise<ScenarioResult> {
  const samples: number[] = [];
  for (let run = 0; run < 12; run++) {
    const dir = copyOfLargeWorkspace('apply-changes');
    const sqlite = openSqlite(join(dir, 'workspace.sqlite'));
    const ids = (sqlite.prepare('SELECT id FROM accounts').all() as Array<{ id: string }>).map((r) => r.id);
    const repo = new SyncRepository(sqlite, new HybridClock('bench'));
    const changes = batch(ids);
    const start = performance.now();
    const applied = repo.applyRemote(changes);
    const seconds = (performance.now() - start) / 1000;
    sqlite.close();
    if (applied !== BATCH) throw new Error(`applied ${applied} of ${BATCH}`);
    if (run >= 2) samples.push(BATCH / seconds);
  }
  // For a throughput, the bad runs are the slow ones: report the 5th percentile as "p95".
  const summary = summarize(samples.map((s) => -s));
  return {
    name: `applying a batch of ${BATCH.toLocaleString('en')} field changes`,
    unit: 'changes/s',
    summary: { median: -summary.median, p95: -summary.p95, runs: summary.runs },
    budget: 100_000,
    kind: 'min',
  };
}
