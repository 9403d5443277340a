import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../../src-main/db/backup';
import { openBackend } from '../../../src-main/session/backend';
import { anAccount, apiOf, failureOf, tempDataDir } from '../../helpers/backend';

// A restore either puts the chosen backup in place or changes nothing, and says why.

async function workspaceWithBackup() {
  const dataDir = tempDataDir();
  const backend = openBackend({ dataDir });
  const api = apiOf(backend);
  await api.workspace.startEmpty({ name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '零售', namingTemplate: '' });
  await api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
  const good = await api.backups.create({});
  return { dataDir, backend, api, good: good.name };
}

const planted = (dataDir: string, reason: string, bytes: Buffer | string) => {
  const name = `workspace-20261201T08000000${reason.length}Z-manual.sqlite`;
  writeFileSync(join(backupsDir(dataDir), name), bytes);
  return name;
};

describe('restoring a backup', () => {
  it('refuses a truncated, a random, an empty and a foreign file, leaving the workspace as it was and usable', async () => {
    const { dataDir, backend, api, good } = await workspaceWithBackup();
    const goodBytes = readFileSync(join(backupsDir(dataDir), good));
    const foreignFile = join(dataDir, 'foreign.sqlite');
    const foreign = new Database(foreignFile);
    foreign.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
    foreign.close();
    const cases: Array<[string, Buffer, string]> = [
      ['truncated', goodBytes.subarray(0, Math.floor(goodBytes.length / 2)), 'validation.backup.unreadable'],
      ['random', randomBytes(64 * 1024), 'validation.backup.unreadable'],
      ['empty', Buffer.alloc(0), 'validation.backup.notWorkspace'],
      ['foreign!', readFileSync(foreignFile), 'validation.backup.notWorkspace'],
    ];
    for (const [label, bytes, message] of cases) {
      const name = planted(dataDir, label, bytes);
      const refused = await failureOf(api.backups.restore({ name }));
      expect(refused, label).toMatchObject({ code: 'validation', issues: [{ path: ['name'], message }] });
      expect(
        (await api.accounts.list({})).map((a) => a.name),
        label,
      ).toEqual(['悦汇·上海生活']);
    }
    // Still writable, and no before-restore backup was made for a refused file.
    await api.accounts.create(anAccount({ name: '悦汇·杭州生活' }));
    expect((await api.backups.list({})).some((b) => b.reason === 'before-restore')).toBe(false);
    backend.close();
    // And it opens again after a restart.
    const reopened = openBackend({ dataDir });
    expect(await apiOf(reopened).accounts.list({})).toHaveLength(2);
    reopened.close();
  });

  it('refuses a backup made by a newer OpsBench', async () => {
    const { dataDir, backend, api, good } = await workspaceWithBackup();
    const newer = new Database(join(backupsDir(dataDir), good));
    newer.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.parse('2099-01-01'));
    newer.close();
    expect(await failureOf(api.backups.restore({ name: good }))).toMatchObject({ issues: [{ message: 'validation.backup.newer' }] });
    backend.close();
  });

  it('restores a good backup', async () => {
    const { backend, api, good } = await workspaceWithBackup();
    await api.accounts.create(anAccount({ name: '悦汇·杭州生活' }));
    await api.backups.restore({ name: good });
    expect((await api.accounts.list({})).map((a) => a.name)).toEqual(['悦汇·上海生活']);
    backend.close();
  });
});
