import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir } from '../../../src-main/db/migrate';
import { createAccountsService } from '../../../src-main/services/accounts/accounts-service';
import { openWorkspaceSession, WORKSPACE_FILE } from '../../../src-main/session/workspace-session';
import { anAccount, openTestBackend, tempDataDir } from '../../helpers/backend';

// Migration clock_tables rebuilds field_clocks WITHOUT ROWID (one B-tree instead of two). A
// workspace of the version before keeps every clock, and merging still decides per field by them.

/** The real migrations up to (not including) clock_tables, as the version before shipped them. */
function migrationsBefore(name: string): string {
  const dir = join(tempDataDir(), 'migrations');
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith(`_${name}`));
  expect(index).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return dir;
}

type Clock = { tbl: string; row_id: string; field: string; hlc: string };

function clocksOf(dataDir: string): { clocks: Clock[]; sql: string } {
  const sqlite = openSqlite(join(dataDir, WORKSPACE_FILE));
  try {
    const clocks = sqlite.prepare('SELECT tbl, row_id, field, hlc FROM field_clocks ORDER BY tbl, row_id, field').all() as Clock[];
    const { sql } = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'field_clocks'").get() as { sql: string };
    return { clocks, sql };
  } finally {
    sqlite.close();
  }
}

describe('migration clock_tables', () => {
  it('keeps the field clocks of an existing workspace in a table without rowid, and merges still go by them', async () => {
    const dataDir = tempDataDir();
    const session = openWorkspaceSession(dataDir, migrationsBefore('clock_tables'), 'the version before');
    let accountId: string;
    try {
      const accounts = createAccountsService(session.ctx);
      accountId = accounts.create(anAccount({ name: '悦汇华东' })).id;
      accounts.create(anAccount({ name: '悦汇华南' }));
    } finally {
      session.close();
    }
    const before = clocksOf(dataDir);
    expect(before.sql).not.toMatch(/WITHOUT ROWID/i);
    expect(before.clocks.filter((c) => c.tbl === 'accounts').length).toBeGreaterThan(10);

    const backend = openTestBackend({ dataDir });
    try {
      const after = clocksOf(dataDir);
      expect(after.sql).toMatch(/WITHOUT ROWID/i);
      expect(after.clocks).toEqual(before.clocks);

      // An older remote change to the name loses against the kept clock; a newer one wins.
      const nameClock = after.clocks.find((c) => c.row_id === accountId && c.field === 'name')!.hlc;
      const older = `${'0'.repeat(15)}:00000:elsewhere`;
      expect(backend.applyRemote([{ table: 'accounts', rowId: accountId, field: 'name', value: '旧名', hlc: older }])).toBe(0);
      const newer = `${'9'.repeat(15)}:00000:elsewhere`;
      expect(nameClock < newer).toBe(true);
      expect(backend.applyRemote([{ table: 'accounts', rowId: accountId, field: 'name', value: '新名', hlc: newer }])).toBe(1);
      expect((await backend.api.accounts.list({})).map((a) => a.name).sort()).toEqual(['悦汇华南', '新名'].sort());
    } finally {
      backend.close();
    }
  });
});
