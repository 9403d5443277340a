import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { COST_CATEGORIES } from '../../../../src-shared/contract/costs';
import { addDays } from '../../../../src-shared/domain/dates';
import { openSqlite } from '../../../../src-main/db/connection';
import { defaultMigrationsDir } from '../../../../src-main/db/migrate';
import { costItems } from '../../../../src-main/db/schema';
import { dispatch } from '../../../../src-main/services/dispatch';
import { openBackend } from '../../../../src-main/session/backend';
import { openWorkspaceSession } from '../../../../src-main/session/workspace-session';
import { summarize, type ScenarioResult } from '../../stats';
import { BENCH_DIR, BENCH_TODAY } from '../../workspace';

// Issue 12's budget: the cost totals (total, paid, by category, importance and month) over
// 100,000 lines, ≤ 50 ms. The lines are written once through the repository (insertMany) over two
// years and cached in .bench. Floor, on the same file in the same run: the bare
// `SELECT category, SUM(unit_fen * quantity) … GROUP BY category` over the live lines.

const LINES = 100_000;
/** Bump when the generated content changes, so a stale cache is rebuilt. */
const VERSION = 2;
const ROUNDS = 40;
const WARM_UP = 3;
const DAYS = 730;

function fill(dataDir: string): void {
  const session = openWorkspaceSession(dataDir, defaultMigrationsDir(), 'opsbench bench');
  try {
    const { ctx } = session;
    const lines = Array.from({ length: LINES }, (_, i) => ({
      date: addDays(BENCH_TODAY, -(i % DAYS)),
      category: COST_CATEGORIES[i % COST_CATEGORIES.length],
      name: `费用 ${i + 1}`,
      // Awkward amounts: odd fen, a refund every 50th line.
      unitFen: (i % 50 === 0 ? -1 : 1) * (1 + ((i * 7919) % 1_000_000)),
      quantity: 1 + (i % 5),
      importance: i % 3 === 0 ? 'important' : 'normal',
      paid: i % 2 === 0,
    }));
    for (let at = 0; at < LINES; at += 10_000) ctx.repo.transaction(() => ctx.repo.insertMany(costItems, lines.slice(at, at + 10_000)));
  } finally {
    session.close();
  }
}

function costsWorkspace(): string {
  const dir = join(BENCH_DIR, `costs-${VERSION}`);
  if (existsSync(join(dir, 'workspace.sqlite'))) return dir;
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  fill(partial);
  renameSync(partial, dir);
  return dir;
}

export async function costsTotals100k(): Promise<ScenarioResult> {
  const dataDir = costsWorkspace();
  const backend = openBackend({ dataDir, access: 'read' });
  const raw = openSqlite(join(dataDir, 'workspace.sqlite'), { readOnly: true });
  try {
    const floorQuery = raw.prepare('SELECT category, SUM(unit_fen * quantity) AS total FROM cost_items WHERE deleted_at IS NULL GROUP BY category');
    const samples: number[] = [];
    const floor: number[] = [];
    let count = 0;
    for (let round = 0; round < ROUNDS + WARM_UP; round++) {
      const start = performance.now();
      const result = await dispatch(backend.handlers, 'costs', 'totals', {});
      const elapsed = performance.now() - start;
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const floorStart = performance.now();
      const byCategory = floorQuery.all() as Array<{ total: number }>;
      const floorElapsed = performance.now() - floorStart;
      const totals = result.data as { count: number; totalFen: number };
      // The two must agree to the fen, or the timing means nothing.
      if (byCategory.reduce((sum, c) => sum + c.total, 0) !== totals.totalFen) throw new Error('costs.totals differs from the SQL floor');
      if (round < WARM_UP) continue;
      samples.push(elapsed);
      floor.push(floorElapsed);
      count = totals.count;
    }
    return {
      name: `cost totals (total, paid, by category, importance, month) over ${count.toLocaleString('en')} lines`,
      unit: 'ms',
      summary: summarize(samples),
      budget: 50,
      kind: 'max',
      floor: { name: 'bare SQL SUM(unit_fen * quantity) GROUP BY category', summary: summarize(floor), maxRatio: 3 },
    };
  } finally {
    raw.close();
    backend.close();
  }
}
