import type { FastifyInstance } from 'fastify';
import type { HqEndpoints, WireRow } from '../../../../src-shared/contract/sync-protocol';
import { encodeHlc } from '../../../../src-shared/domain/sync/hlc';
import { openHqDatabase, type HqDatabase } from '../../../../src-hq/db/open';
import { createHqServer } from '../../../../src-hq/server/server';
import { createTenant } from '../../../../src-hq/sync/admin';
import { createHqSync } from '../../../../src-hq/sync/service';
import { httpEndpoints } from '../../../helpers/hq-http';
import { freshPgDatabase, pgReachable } from '../../../helpers/pg-database';
import { ScenarioSkipped, summarize, type ScenarioResult } from '../../stats';

// Issue 14's server budgets: a push of 1,000 field changes p95 ≤ 300 ms on loopback HTTP (PGlite
// and PostgreSQL), and 50 devices pushing at once ≥ 5,000 changes/s on PostgreSQL. The desktop's
// side of a push (gzip, JSON) runs in the same process, as the real client would do it.

const FIELDS_PER_ROW = 10;
const ROWS_PER_PUSH = 100;
const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A batch of 1,000 changes: half new rows, half edits of rows pushed before. */
function batch(device: string, round: number): WireRow[] {
  return Array.from({ length: ROWS_PER_PUSH }, (_, n) => {
    const id = n % 2 === 0 ? `${device}-r${round}-${n}` : `${device}-r${Math.max(0, round - 1)}-${n - 1}`;
    const hlc = encodeHlc({ wall: 1_780_000_000_000 + round, counter: n, node: device });
    const f: WireRow['f'] = {};
    for (let field = 0; field < FIELDS_PER_ROW; field++) f[`field_${field}`] = [field % 3 === 0 ? round * 1000 + n : `第${round}轮第${n}行的值${field}`, hlc];
    return { t: 'accounts', r: id, f };
  });
}

interface BenchHq {
  api: HqEndpoints;
  hq: HqDatabase;
  server: FastifyInstance;
  close(): Promise<void>;
}

async function startBenchHq(engine: 'pglite' | 'postgres'): Promise<BenchHq> {
  let drop = async () => {};
  let hq: HqDatabase;
  if (engine === 'postgres') {
    const serverUrl = process.env.OPSBENCH_TEST_PG_URL || DEFAULT_PG_URL;
    if (!(await pgReachable(serverUrl))) throw new ScenarioSkipped(`no PostgreSQL at ${serverUrl} (set OPSBENCH_TEST_PG_URL)`);
    const database = await freshPgDatabase(serverUrl);
    drop = database.drop;
    hq = await openHqDatabase({ url: database.url });
  } else {
    hq = await openHqDatabase({ memory: true });
  }
  const server = await createHqServer({ db: hq, sync: createHqSync(hq) });
  const url = await server.listen({ host: '127.0.0.1', port: 0 });
  return {
    api: httpEndpoints(url),
    hq,
    server,
    close: async () => {
      await server.close();
      await hq.close();
      await drop();
    },
  };
}

async function enrollDevices(bench: BenchHq, tenants: number, devicesPerTenant: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let t = 0; t < tenants; t++) {
    const { code } = await createTenant(bench.hq, `子公司${t}`);
    for (let d = 0; d < devicesPerTenant; d++) tokens.push((await bench.api.enroll({ code, deviceName: `设备${d}`, appVersion: '0.1.0' })).token);
  }
  return tokens;
}

async function pushLatency(engine: 'pglite' | 'postgres'): Promise<ScenarioResult> {
  const bench = await startBenchHq(engine);
  const samples: number[] = [];
  try {
    const [token] = await enrollDevices(bench, 1, 1);
    for (let round = 0; round < 45; round++) {
      const rows = batch('dev', round);
      const start = performance.now();
      const answer = await bench.api.push(token!, { after: round, upTo: round + 1, appVersion: '0.1.0', rows });
      if (round >= 5) samples.push(performance.now() - start);
      if (round > 0 && answer.applied !== FIELDS_PER_ROW * ROWS_PER_PUSH) throw new Error(`applied ${answer.applied}`);
    }
  } finally {
    await bench.close();
  }
  return { name: `HQ push of 1,000 field changes over loopback HTTP (${engine === 'pglite' ? 'PGlite' : 'PostgreSQL'})`, unit: 'ms', summary: summarize(samples), budget: 300, kind: 'max' };
}

export const hqPushPglite = () => pushLatency('pglite');
export const hqPushPostgres = () => pushLatency('postgres');

/** 50 devices (10 subsidiaries of 5) each pushing batches of 1,000 changes back to back, all at once. */
export async function hqConcurrentPostgres(): Promise<ScenarioResult> {
  const bench = await startBenchHq('postgres');
  const samples: number[] = [];
  const rounds = 4;
  try {
    const tokens = await enrollDevices(bench, 10, 5);
    for (let run = 0; run < 4; run++) {
      const start = performance.now();
      await Promise.all(
        tokens.map(async (token, device) => {
          for (let round = run * rounds; round < (run + 1) * rounds; round++) {
            await bench.api.push(token, { after: round, upTo: round + 1, appVersion: '0.1.0', rows: batch(`d${device}`, round) });
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      if (run >= 1) samples.push((tokens.length * rounds * FIELDS_PER_ROW * ROWS_PER_PUSH) / seconds);
    }
  } finally {
    await bench.close();
  }
  // For a throughput, the bad runs are the slow ones: report the worst as "p95".
  const summary = summarize(samples.map((s) => -s));
  return { name: '50 devices pushing 1,000-change batches at once (PostgreSQL)', unit: 'changes/s', summary: { median: -summary.median, p95: -summary.p95, runs: summary.runs }, budget: 5000, kind: 'min' };
}
