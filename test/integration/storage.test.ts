import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, createBackup, listBackups } from '../../src-main/db/backup';
import { openSqlite } from '../../src-main/db/connection';
import { defaultMigrationsDir } from '../../src-main/db/migrate';
import { openBackend } from '../../src-main/session/backend';
import { anAccount, apiOf, failureOf, openTestBackend, tempDataDir } from '../helpers/backend';

/** A copy of the real migrations plus one more, as a later release would ship. */
function migrationsWithExtra(sql: string): string {
  const dir = join(tempDataDir(), 'migrations');
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_next_release' });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(join(dir, '9999_next_release.sql'), sql);
  return dir;
}

describe('the workspace file', () => {
  it('is created with WAL, foreign keys and synchronous=FULL', () => {
    const backend = openTestBackend();
    const sqlite = openSqlite(join(backend.dataDir, 'workspace.sqlite'));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    sqlite.close();
  });

  it('keeps what was written across a restart', async () => {
    const dataDir = tempDataDir();
    const first = openBackend({ dataDir });
    await apiOf(first).accounts.create(anAccount({ name: '悦汇·宁波奥莱' }));
    first.close();
    const second = openBackend({ dataDir });
    expect((await apiOf(second).accounts.list({})).map((a) => a.name)).toEqual(['悦汇·宁波奥莱']);
    second.close();
  });

  it('backs up before a migration and applies it', async () => {
    const dataDir = tempDataDir();
    const first = openBackend({ dataDir });
    await apiOf(first).accounts.create(anAccount());
    first.close();
    const migrations = migrationsWithExtra("ALTER TABLE `accounts` ADD `slogan` text DEFAULT '' NOT NULL;");
    const second = openBackend({ dataDir, migrationsDir: migrations });
    second.close();
    expect(listBackups(dataDir).map((b) => b.reason)).toContain('before-migrate');
    const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
    expect(sqlite.prepare("SELECT count(*) AS n FROM pragma_table_info('accounts') WHERE name = 'slogan'").get()).toEqual({ n: 1 });
    sqlite.close();
  });

  it('restores the backup and says why when a migration fails', async () => {
    const dataDir = tempDataDir();
    const first = openBackend({ dataDir });
    await apiOf(first).accounts.create(anAccount({ name: '悦汇·合肥酒店' }));
    first.close();
    const broken = migrationsWithExtra('ALTER TABLE `accounts` ADD `x` text;\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    expect(() => openBackend({ dataDir, migrationsDir: broken })).toThrow(/upgrade failed[\s\S]*restored from backup workspace-.*before-migrate/);
    const again = openBackend({ dataDir });
    expect((await apiOf(again).accounts.list({})).map((a) => a.name)).toEqual(['悦汇·合肥酒店']);
    again.close();
    const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
    expect(sqlite.prepare("SELECT count(*) AS n FROM pragma_table_info('accounts') WHERE name = 'x'").get()).toEqual({ n: 0 });
    sqlite.close();
  });

  it('keeps the last 10 manual backups apart from the automatic ones and restores one through the API', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount({ name: '悦汇·常州影城' }));
    const backup = await backend.api.backups.create({});
    await backend.api.accounts.update({ id: account.id, patch: { name: '改坏了的名字' } });
    const events: string[] = [];
    backend.onChange((e) => events.push(e.domain));
    await backend.api.backups.restore({ name: backup.name });
    expect((await backend.api.accounts.list({})).map((a) => a.name)).toEqual(['悦汇·常州影城']);
    expect(events).toContain('accounts');
    expect((await backend.api.backups.list({})).map((b) => b.reason)).toContain('before-restore');

    const sqlite = openSqlite(join(backend.dataDir, 'workspace.sqlite'));
    for (let i = 0; i < 12; i++) createBackup(sqlite, backend.dataDir, 'manual', new Date(Date.UTC(2026, 0, 1, 0, i)));
    sqlite.close();
    const kept = listBackups(backend.dataDir);
    expect(kept.filter((b) => b.reason === 'manual')).toHaveLength(BACKUPS_KEPT);
    // Manual backups do not push out the automatic ones, nor the other way round.
    expect(kept.map((b) => b.reason)).toContain('before-restore');
  });

  it('refuses to restore a file that is not one of its backups', async () => {
    const backend = openTestBackend();
    expect(await backend.api.backups.list({})).toEqual([]);
    expect(await failureOf(backend.api.backups.restore({ name: '../workspace.sqlite' }))).toMatchObject({ code: 'validation' });
    expect(existsSync(join(backend.dataDir, 'workspace.sqlite'))).toBe(true);
  });
});

describe('restoring a backup', () => {
  it('stamps the restored state anew and tombstones rows made after the backup, so sync cannot undo it', async () => {
    const backend = openTestBackend();
    const kept = await backend.api.accounts.create(anAccount({ name: '悦汇·备份前' }));
    const backup = await backend.api.backups.create({});
    const later = await backend.api.accounts.create(anAccount({ name: '悦汇·备份后' }));
    await backend.api.accounts.update({ id: kept.id, patch: { name: '改过的名字' } });
    const sqlite = openSqlite(join(backend.dataDir, 'workspace.sqlite'));
    const lastEdit = (sqlite.prepare("SELECT max(hlc) AS h FROM outbox WHERE row_id = ? AND field = 'name'").get(kept.id) as { h: string }).h;
    sqlite.close();

    await backend.api.backups.restore({ name: backup.name });
    expect((await backend.api.accounts.list({})).map((a) => a.name)).toEqual(['悦汇·备份前']);

    const after = openSqlite(join(backend.dataDir, 'workspace.sqlite'));
    const nameChange = after.prepare("SELECT value, hlc FROM outbox WHERE row_id = ? AND field = 'name' ORDER BY seq DESC LIMIT 1").get(kept.id) as { value: string; hlc: string };
    const tombstone = after.prepare("SELECT value FROM outbox WHERE row_id = ? AND field = 'deleted_at' ORDER BY seq DESC LIMIT 1").get(later.id) as { value: string };
    after.close();
    expect(JSON.parse(nameChange.value)).toBe('悦汇·备份前');
    expect(nameChange.hlc > lastEdit).toBe(true);
    expect(JSON.parse(tombstone.value)).toMatch(/^\d{4}-/);
  });
});
