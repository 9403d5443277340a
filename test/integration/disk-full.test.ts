import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../src-shared/contract';
import { HybridClock } from '../../src-shared/domain/sync/hlc';
import { openSqlite, wrapDrizzle } from '../../src-main/db/connection';
import { createAccountsService } from '../../src-main/services/accounts/accounts-service';
import { openBackend } from '../../src-main/session/backend';
import type { ServiceContext } from '../../src-main/services/context';
import { dispatch } from '../../src-main/services/dispatch';
import { SyncRepository } from '../../src-main/sync/repository';
import { anAccount, tempDataDir } from '../helpers/backend';

describe('a full disk', () => {
  it('refuses the write with storage_full and leaves no half-written row or outbox entry', async () => {
    const dataDir = tempDataDir();
    openBackend({ dataDir }).close();
    const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
    // SQLite reports SQLITE_FULL when the file may not grow: the same error a full disk gives.
    sqlite.pragma(`max_page_count = ${(sqlite.pragma('page_count', { simple: true }) as number) + 3}`);
    const ctx: ServiceContext = { sqlite, db: wrapDrizzle(sqlite), repo: new SyncRepository(sqlite, new HybridClock('t')), dataDir };
    const handlers = { accounts: createAccountsService(ctx) } as unknown as Handlers;
    let failure: Awaited<ReturnType<typeof dispatch>> | undefined;
    for (let i = 0; i < 200 && !failure; i++) {
      const result = await dispatch(handlers, 'accounts', 'create', anAccount({ name: `悦汇·测试${i}`, notes: '很长的备注'.repeat(100) }));
      if (!result.ok) failure = result;
    }
    expect(failure && !failure.ok && failure.error.code).toBe('storage_full');
    const rows = (sqlite.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
    const outboxRows = (sqlite.prepare("SELECT count(DISTINCT row_id) AS n FROM outbox WHERE tbl = 'accounts'").get() as { n: number }).n;
    expect(outboxRows).toBe(rows);
    sqlite.pragma('max_page_count = 1073741823');
    expect((await dispatch(handlers, 'accounts', 'create', anAccount({ name: '空间释放后' }))).ok).toBe(true);
    sqlite.close();
  });
});
