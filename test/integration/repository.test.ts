import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../src-shared/domain/sync/hlc';
import type { FieldChange } from '../../src-shared/domain/sync/lww';
import { accounts } from '../../src-main/db/schema';
import { anAccount, apiOf, openTestBackend, tempDataDir } from '../helpers/backend';
import { openBackend, type Backend } from '../../src-main/session/backend';
import { openSqlite } from '../../src-main/db/connection';
import { SyncRepository } from '../../src-main/sync/repository';
import { outboxChanges, WHOLE_ROW } from '../../src-main/sync/outbox';
import { syncedTableOf } from '../../src-main/db/table-registry';
import { HybridClock } from '../../src-shared/domain/sync/hlc';

interface OutboxRow {
  tbl: string;
  row_id: string;
  field: string;
  value: string;
  hlc: string;
}

function outbox(backend: Backend, rowId: string): OutboxRow[] {
  const file = `${backend.dataDir}/workspace.sqlite`;
  const db = openSqlite(file);
  try {
    return db.prepare('SELECT tbl, row_id, field, value, hlc FROM outbox WHERE row_id = ? ORDER BY seq').all(rowId) as OutboxRow[];
  } finally {
    db.close();
  }
}

describe('sync-ready writes', () => {
  it('records a new account as one outbox entry holding every field at one clock, which expands into field changes', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount({ name: '悦汇·无锡影城' }));
    const rows = outbox(backend, account.id);
    expect(rows.map((r) => r.field)).toEqual([WHOLE_ROW]);
    const changes = outboxChanges(rows[0]!);
    expect(changes.map((c) => c.field)).toEqual([...syncedTableOf(accounts).fields.keys()]);
    expect(changes.map((c) => c.field)).toEqual(expect.arrayContaining(['name', 'platform', 'followers', 'verified', 'deleted_at', 'created_at']));
    expect(changes.find((c) => c.field === 'name')!.value).toBe('悦汇·无锡影城');
    expect(changes.find((c) => c.field === 'verified')!.value).toBe(true);
    expect(changes.every((c) => c.table === 'accounts' && c.rowId === account.id && c.hlc === rows[0]!.hlc)).toBe(true);
  });

  it('expands a field entry into its one change, and refuses a row entry that holds no object', () => {
    const entry = { tbl: 'accounts', row_id: 'a1', field: 'name', value: JSON.stringify('悦汇'), hlc: 'h1' };
    expect(outboxChanges(entry)).toEqual([{ table: 'accounts', rowId: 'a1', field: 'name', value: '悦汇', hlc: 'h1' }]);
    expect(outboxChanges({ ...entry, field: 'deleted_at', value: 'null' })).toEqual([{ table: 'accounts', rowId: 'a1', field: 'deleted_at', value: null, hlc: 'h1' }]);
    expect(() => outboxChanges({ ...entry, field: WHOLE_ROW, value: '"悦汇"' })).toThrow(/accounts a1/);
  });

  it('gives another device the same rows from expanded outbox entries as the device that wrote them', async () => {
    const laptop = openTestBackend();
    const desktop = openTestBackend();
    const account = await laptop.api.accounts.create(anAccount({ name: '悦汇华东' }));
    await laptop.api.accounts.update({ id: account.id, patch: { followers: 4321 } });
    const changes = outbox(laptop, account.id).flatMap((entry) => outboxChanges(entry));
    expect(desktop.applyRemote(changes)).toBe(changes.length);
    // updated_at is each device's own (not synced); every synced field arrives.
    const synced = async (backend: typeof laptop) => (await backend.api.accounts.list({})).map(({ updatedAt: _, ...rest }) => rest);
    expect(await synced(desktop)).toEqual(await synced(laptop));
    expect((await synced(desktop))[0]).toMatchObject({ name: '悦汇华东', followers: 4321 });
  });

  it('records only the fields an edit changed, with a later clock', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount());
    const before = outbox(backend, account.id).length;
    await backend.api.accounts.update({ id: account.id, patch: { followers: 99999, name: anAccount().name } });
    const rows = outbox(backend, account.id);
    const added = rows.slice(before);
    expect(added.map((r) => r.field)).toEqual(['followers']);
    expect(added[0]!.hlc > rows[0]!.hlc).toBe(true);
  });

  it('deletes with a tombstone that undo lifts, both carried to the outbox', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount());
    await backend.api.accounts.remove({ id: account.id });
    expect(await backend.api.accounts.list({})).toEqual([]);
    const tombstone = outbox(backend, account.id)
      .filter((r) => r.field === 'deleted_at')
      .at(-1)!;
    expect(JSON.parse(tombstone.value)).toMatch(/^\d{4}-/);
    await backend.api.accounts.restore({ id: account.id });
    expect((await backend.api.accounts.list({})).map((a: { id: string }) => a.id)).toEqual([account.id]);
    expect(
      JSON.parse(
        outbox(backend, account.id)
          .filter((r) => r.field === 'deleted_at')
          .at(-1)!.value,
      ),
    ).toBeNull();
  });

  it('writes nothing when a transaction fails half-way', async () => {
    const backend = openTestBackend();
    const result = await backend.api.team.create({ name: '周婷', roles: ['copywriter'], kpis: [] });
    const sqlite = openSqlite(`${backend.dataDir}/workspace.sqlite`);
    const count = () => (sqlite.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    const before = count();
    const repo = new SyncRepository(sqlite, new HybridClock('t'));
    expect(() =>
      repo.transaction(() => {
        repo.update(accounts, 'missing', { name: 'x' });
      }),
    ).toThrow();
    expect(() =>
      repo.transaction(() => {
        repo.insert(accounts, anAccount());
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(count()).toBe(before);
    sqlite.close();
    expect(result.name).toBe('周婷');
  });

  it('keeps the clock ahead of the last write after a restart, even if the wall clock went back', async () => {
    const dataDir = tempDataDir();
    let backend = openBackend({ dataDir });
    const account = await apiOf(backend).accounts.create(anAccount());
    const first = outbox(backend, account.id)[0]!.hlc;
    backend.close();
    // Pretend the last write happened far in the future (a laptop whose clock was wrong).
    const sqlite = openSqlite(`${dataDir}/workspace.sqlite`);
    const future = encodeHlc({ wall: Date.now() + 86_400_000, counter: 3, node: 'x' });
    sqlite.prepare("UPDATE local_state SET value = ? WHERE key = 'hlc.last'").run(future);
    sqlite.close();
    backend = openBackend({ dataDir });
    await apiOf(backend).accounts.update({ id: account.id, patch: { followers: 1 } });
    const last = outbox(backend, account.id).at(-1)!.hlc;
    expect(last > future.slice(0, 21)).toBe(true);
    expect(last > first).toBe(true);
    backend.close();
  });
});

const remoteChangeArb = fc.record({
  table: fc.constantFrom('accounts', 'members'),
  rowId: fc.constantFrom('row-1', 'row-2'),
  field: fc.constantFrom('name', 'deleted_at', 'created_at'),
  value: fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null)),
});

describe('applying remote changes', () => {
  it('gives the same rows whatever order the same changes arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(remoteChangeArb, { minLength: 1, maxLength: 30 }).chain((raw) => {
          // One clock identifies one write, so each change gets its own.
          const changes: FieldChange[] = raw.map((c, i) => ({ ...c, value: c.field === 'name' ? (c.value ?? '') : c.value, hlc: encodeHlc({ wall: 1_000 + (i % 7), counter: i, node: i % 2 ? 'a' : 'b' }) }));
          return fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }));
        }),
        ([changes, shuffled]) => {
          const read = (order: FieldChange[], split: number) => {
            const sqlite = openSqlite(':memory:');
            sqlite.exec(
              "CREATE TABLE local_state (key text primary key, value text not null); CREATE TABLE field_clocks (tbl text, row_id text, field text, hlc text, primary key (tbl,row_id,field)); CREATE TABLE accounts (id text primary key, created_at text not null default '', updated_at text not null default '', deleted_at text, name text not null default ''); CREATE TABLE members (id text primary key, created_at text not null default '', updated_at text not null default '', deleted_at text, name text not null default '')",
            );
            const repo = new SyncRepository(sqlite, new HybridClock('local'));
            repo.applyRemote(order.slice(0, split));
            repo.applyRemote(order.slice(split));
            repo.applyRemote(order); // again: idempotent
            const rows = ['accounts', 'members'].map((t) => sqlite.prepare(`SELECT id, created_at, deleted_at, name FROM ${t} ORDER BY id`).all());
            sqlite.close();
            return rows;
          };
          expect(read(shuffled, Math.floor(shuffled.length / 2))).toEqual(read(changes, changes.length));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lets a later local edit win over an older remote one and ignores unknown fields', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount({ name: '本地名' }));
    const sqlite = openSqlite(`${backend.dataDir}/workspace.sqlite`);
    const repo = new SyncRepository(sqlite, new HybridClock('remote'));
    const applied = repo.applyRemote([
      { table: 'accounts', rowId: account.id, field: 'name', value: '过时的远端名', hlc: encodeHlc({ wall: 1, counter: 0, node: 'hq' }) },
      { table: 'accounts', rowId: account.id, field: 'no_such_field', value: 1, hlc: encodeHlc({ wall: Date.now() + 1000, counter: 0, node: 'hq' }) },
      { table: 'accounts', rowId: account.id, field: 'followers', value: 777, hlc: encodeHlc({ wall: Date.now() + 1000, counter: 0, node: 'hq' }) },
    ]);
    sqlite.close();
    expect(applied).toBe(1);
    const after = await backend.api.accounts.get({ id: account.id });
    expect(after.name).toBe('本地名');
    expect(after.followers).toBe(777);
  });
});
