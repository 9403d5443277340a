import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openBackend } from '../../../../src-main/session/backend';
import { encodeHlc } from '../../../../src-shared/domain/sync/hlc';
import { startHq } from '../../../helpers/hq-server';
import { summarize, type ScenarioResult } from '../../stats';

// Issue 14's budget: a first sync of 100,000 rows from HQ in ≤ 10 s. HQ (in-process PGlite,
// real HTTP on loopback) holds a subsidiary's 100,000 account rows of 10 fields each (1,000,000
// field changes); a new empty workspace enrols and pulls them all: enrolment, every page over
// HTTP with its digest checked, applied with its cursor, and the image check at the end.

const ROWS = 100_000;
const RUNS = 2;
const APP_VERSION = '0.1.0';

async function fillHq(hq: Awaited<ReturnType<typeof startHq>>, tenantId: string): Promise<void> {
  const hlc = encodeHlc({ wall: Date.now(), counter: 0, node: 'hqbench' });
  await hq.db.db.execute(sql`
    INSERT INTO sync_rows (tenant_id, tbl, row_id, fields, version, deleted_at)
    SELECT ${tenantId}, 'accounts', 'acct-' || lpad(g::text, 6, '0'),
      jsonb_build_object(
        'name', jsonb_build_array('悦汇·门店账号' || g, ${hlc}::text),
        'handle', jsonb_build_array('store_' || g, ${hlc}::text),
        'platform', jsonb_build_array('wechat_subscription', ${hlc}::text),
        'purpose', jsonb_build_array('sales', ${hlc}::text),
        'business_line', jsonb_build_array('购物中心', ${hlc}::text),
        'city', jsonb_build_array('上海', ${hlc}::text),
        'followers', jsonb_build_array(g, ${hlc}::text),
        'verified', jsonb_build_array(g % 2 = 0, ${hlc}::text),
        'notes', jsonb_build_array('第 ' || g || ' 个门店的公众号', ${hlc}::text),
        'created_at', jsonb_build_array('2026-11-01T00:00:00.000Z', ${hlc}::text)),
      1 + g / 1000, NULL
    FROM generate_series(1, ${ROWS}) AS g`);
  await hq.db.db.execute(sql`UPDATE tenants SET version = ${1 + ROWS / 1000} WHERE id = ${tenantId}`);
  // A running HQ has statistics for its tables; rows inserted in one statement have none yet.
  await hq.db.db.execute(sql`ANALYZE sync_rows`);
}

/** The floor: HQ alone serving every page in process (no HTTP, no desktop), to tell its share from the engine's. */
async function hqAlone(hq: Awaited<ReturnType<typeof startHq>>, code: string): Promise<number> {
  const { token } = await hq.sync.enroll({ code, deviceName: 'floor', appVersion: APP_VERSION });
  const start = performance.now();
  for (let cursor: string | null = null; ;) {
    const page = await hq.sync.pull(token, { cursor, appVersion: APP_VERSION });
    cursor = page.cursor;
    if (!page.hasMore) return performance.now() - start;
  }
}

export async function firstSync100k(): Promise<ScenarioResult> {
  const hq = await startHq();
  const samples: number[] = [];
  const floor: number[] = [];
  try {
    const { tenantId, code } = await hq.addTenant('华东分公司');
    await fillHq(hq, tenantId);
    for (let run = 0; run < RUNS; run++) {
      floor.push(await hqAlone(hq, code));
      const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-first-sync-'));
      const backend = openBackend({ dataDir });
      try {
        const start = performance.now();
        const report = await backend.sync.enroll({ hqUrl: hq.url, code, deviceName: `bench-${run}` });
        samples.push(performance.now() - start);
        if (report.pulled !== ROWS) throw new Error(`pulled ${report.pulled} of ${ROWS} rows`);
      } finally {
        backend.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await hq.close();
  }
  return {
    name: `first sync of ${ROWS.toLocaleString('en')} rows from HQ (PGlite, HTTP)`,
    unit: 'ms',
    summary: summarize(samples),
    budget: 10_000,
    kind: 'max',
    // HTTP, digests and applying every page may cost as much again as HQ's serving them.
    floor: { name: 'HQ serving the same pages in process', summary: summarize(floor), maxRatio: 2 },
  };
}
