import { join } from 'node:path';
import { openSqlite } from '../../../../src-main/db/connection';
import { dispatch } from '../../../../src-main/services/dispatch';
import { openBackend } from '../../../../src-main/session/backend';
import { summarize, type ScenarioResult } from '../../stats';
import { copyOfLargeWorkspace } from '../../workspace';

// Issue 12's budget "a work-log entry saved ≤ 20 ms": worklog.create as the 日志 screen's quick
// entry calls it (dispatch: validation, the member and link checks, the repository's clock, row,
// field clocks and outbox, a synchronous=FULL commit, the answer read back with its link title),
// on a copy of the large demo. Floor: a bare INSERT of the same row in a transaction on the same
// file (synchronous=FULL), alternating with it.

const ROUNDS = 400;
const WARM_UP = 50;

export async function worklogSave(): Promise<ScenarioResult> {
  const dataDir = copyOfLargeWorkspace('worklog-save');
  const backend = openBackend({ dataDir });
  const raw = openSqlite(join(dataDir, 'workspace.sqlite'));
  try {
    const members = raw.prepare('SELECT id FROM members WHERE deleted_at IS NULL').all() as Array<{ id: string }>;
    const item = raw.prepare("SELECT id FROM calendar_items WHERE deleted_at IS NULL AND title <> '' LIMIT 1").get() as { id: string } | undefined;
    const insert = raw.prepare("INSERT INTO work_logs (id, created_at, updated_at, date, member_id, category, minutes, note, link_kind, link_id) VALUES (?, ?, ?, ?, ?, 'writing', ?, ?, ?, ?)");
    const insertOne = raw.transaction((values: unknown[]) => insert.run(...values));
    const samples: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < ROUNDS + WARM_UP; round++) {
      const memberId = members[round % members.length]!.id;
      const link = item && round % 2 === 0 ? { kind: 'calendar' as const, id: item.id } : null;
      const input = { date: '2026-10-08', memberId, category: 'writing', minutes: 30 + (round % 90), note: `第 ${round} 条：写推文初稿`, link };
      const start = performance.now();
      const result = await dispatch(backend.handlers, 'worklog', 'create', input);
      const elapsed = performance.now() - start;
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const now = new Date().toISOString();
      const floorStart = performance.now();
      insertOne([`floor-${round}`, now, now, '2026-10-08', memberId, input.minutes, input.note, link?.kind ?? '', link?.id ?? null]);
      const floorElapsed = performance.now() - floorStart;
      if (round < WARM_UP) continue;
      samples.push(elapsed);
      floor.push(floorElapsed);
    }
    return {
      name: `work-log entry saved through worklog.create (large demo, ${members.length} members, every other entry linked)`,
      unit: 'ms',
      summary: summarize(samples),
      budget: 20,
      kind: 'max',
      floor: { name: 'a bare INSERT of the row in a transaction (synchronous=FULL)', summary: summarize(floor), maxRatio: 10 },
    };
  } finally {
    raw.close();
    backend.close();
  }
}
