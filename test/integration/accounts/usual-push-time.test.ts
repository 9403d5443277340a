import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir } from '../../../src-main/db/migrate';
import { openBackend, WORKSPACE_FILE } from '../../../src-main/session/backend';
import { anAccount, failureOf, openTestBackend, tempDataDir } from '../../helpers/backend';

/** The real migrations up to `tag` (the release before this field), as an older app shipped them. */
function migrationsUpTo(tag: string): string {
  const dir = join(tempDataDir(), 'migrations');
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ idx: number; tag: string }> };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  for (const later of journal.entries.slice(last + 1)) rmSync(join(dir, `${later.tag}.sql`));
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

describe('an account’s usual push time (常用推送时间)', () => {
  it('is saved, read back, changed alone and cleared', async () => {
    const { api } = openTestBackend();
    const account = await api.accounts.create(anAccount({ usualPushTime: '20:30' }));
    expect(account.usualPushTime).toBe('20:30');
    expect((await api.accounts.get({ id: account.id })).usualPushTime).toBe('20:30');
    // A patch that leaves it out keeps it.
    expect((await api.accounts.update({ id: account.id, patch: { name: '悦汇·苏州生活' } })).usualPushTime).toBe('20:30');
    expect((await api.accounts.update({ id: account.id, patch: { usualPushTime: '07:05' } })).usualPushTime).toBe('07:05');
    expect((await api.accounts.update({ id: account.id, patch: { usualPushTime: '' } })).usualPushTime).toBe('');
    expect((await api.accounts.create(anAccount({ name: '悦汇·无锡生活' }))).usualPushTime).toBe('');
  });

  it('refuses what is not a time of day', async () => {
    const { api } = openTestBackend();
    for (const usualPushTime of ['24:00', '8:00', '20:60', '晚上八点']) {
      const failure = await failureOf(api.accounts.create(anAccount({ usualPushTime })));
      expect(failure.issues).toEqual([{ path: ['usualPushTime'], message: 'validation.invalid' }]);
    }
  });

  it('arrives empty on the accounts of a workspace made before it existed, which can then set it', async () => {
    const dataDir = tempDataDir();
    openBackend({ dataDir, migrationsDir: migrationsUpTo('0003_holiday_origin') }).close();
    // The older app's row, written as it wrote them (this program's code knows the new column).
    const older = openSqlite(join(dataDir, WORKSPACE_FILE));
    expect(older.prepare("SELECT count(*) AS n FROM pragma_table_info('accounts') WHERE name = 'usual_push_time'").get()).toEqual({ n: 0 });
    const now = new Date().toISOString();
    older.prepare("INSERT INTO accounts (id, created_at, updated_at, platform, name) VALUES ('older-account', ?, ?, 'wechat_subscription', '悦汇·上海生活')").run(now, now);
    older.close();

    const upgraded = openTestBackend({ dataDir });
    expect(await upgraded.api.accounts.get({ id: 'older-account' })).toMatchObject({ name: '悦汇·上海生活', usualPushTime: '' });
    expect((await upgraded.api.accounts.update({ id: 'older-account', patch: { usualPushTime: '21:00' } })).usualPushTime).toBe('21:00');
    expect((await upgraded.api.accounts.list({})).map((a) => [a.name, a.usualPushTime])).toEqual([['悦汇·上海生活', '21:00']]);
  });
});
