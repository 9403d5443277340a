import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { backupsDir } from '../../../src-main/db/backup';
import { openBackend } from '../../../src-main/session/backend';
import { anAccount, apiOf, failureOf, tempDataDir } from '../../helpers/backend';

describe('the workspace session', () => {
  it('answers "busy" when another program keeps the database locked, and saves the write once it lets go', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend({ dataDir });
    const api = apiOf(backend);
    const other = openSqlite(join(dataDir, 'workspace.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    // The wait is SQLite's busy_timeout (5 s): the call fails cleanly instead of with a 500.
    expect(await failureOf(api.accounts.create(anAccount({ name: '悦汇·忙碌测试' })))).toMatchObject({ code: 'busy' });
    other.exec('ROLLBACK');
    other.close();
    await api.accounts.create(anAccount({ name: '悦汇·忙碌测试' }));
    expect((await api.accounts.list({})).map((a) => a.name)).toEqual(['悦汇·忙碌测试']);
    backend.close();
  });

  it('removes the partial copies a backup killed mid-way left behind', () => {
    const dataDir = tempDataDir();
    openBackend({ dataDir }).close();
    mkdirSync(backupsDir(dataDir), { recursive: true });
    writeFileSync(join(backupsDir(dataDir), 'workspace-20261201T080000000Z-daily.sqlite.partial'), Buffer.alloc(4096));
    writeFileSync(join(backupsDir(dataDir), 'workspace-20261201T080000000Z-daily.sqlite.partial-journal'), Buffer.alloc(512));
    openBackend({ dataDir }).close();
    expect(readdirSync(backupsDir(dataDir)).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});
