import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-shared/contract/define';
import { HybridClock } from '../../src-shared/domain/sync/hlc';
import { openSqlite, wrapDrizzle } from '../../src-main/db/connection';
import { createHandlers } from '../../src-main/services/handlers';
import { openBackend } from '../../src-main/session/backend';
import type { ServiceContext } from '../../src-main/services/context';
import { SyncRepository } from '../../src-main/sync/repository';
import { anAccount, apiOf, tempDataDir, type CallFailed } from '../helpers/backend';

describe('a full disk', () => {
  it('refuses the write with storage_full and leaves no half-written row or outbox entry', async () => {
    const dataDir = tempDataDir();
    openBackend({ dataDir }).close();
    const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
    // SQLite reports SQLITE_FULL when the file may not grow: the same error a full disk gives.
    sqlite.pragma(`max_page_count = ${(sqlite.pragma('page_count', { simple: true }) as number) + 3}`);
    const ctx: ServiceContext = { sqlite, db: wrapDrizzle(sqlite), repo: new SyncRepository(sqlite, new HybridClock('t')), dataDir };
    const api = apiOf({ handlers: createHandlers(ctx, { restoreBackup() {}, loadDemo() {} }) });
    let failure: ApiError | undefined;
    for (let i = 0; i < 200 && !failure; i++) {
      failure = await api.accounts.create(anAccount({ name: `悦汇·测试${i}`, notes: '很长的备注'.repeat(100) })).then(
        () => undefined,
        (error: CallFailed) => error.error,
      );
    }
    expect(failure?.code).toBe('storage_full');
    const rows = (sqlite.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
    const outboxRows = (sqlite.prepare("SELECT count(DISTINCT row_id) AS n FROM outbox WHERE tbl = 'accounts'").get() as { n: number }).n;
    expect(outboxRows).toBe(rows);
    sqlite.pragma('max_page_count = 1073741823');
    expect(await api.accounts.create(anAccount({ name: '空间释放后' }))).toMatchObject({ name: '空间释放后' });
    sqlite.close();
  });
});
