import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccountsStore } from '../../../src-renderer/features/accounts/store';
import { createBackupsStore } from '../../../src-renderer/features/backups/store';
import { createTeamStore } from '../../../src-renderer/features/team/store';
import { anAccount, fakeBackend, onScreen, settle, type FakeBackend } from './fake-api';

// The store helper (lib/live-store.ts) through real stores: which change events fetch, and when.

const lists = (backend: FakeBackend, method: string) => backend.calls.filter((c) => c === method).length;

afterEach(() => vi.restoreAllMocks());

describe('store helper', () => {
  it('tells its own write apart even when the change event comes before the answer', async () => {
    const backend: FakeBackend = fakeBackend({
      accounts: {
        update: ({ id, patch }: { id: string; patch: { name: string } }) => {
          const row = { ...backend.accounts.get(id)!, ...patch };
          backend.accounts.set(id, row);
          backend.emit({ domain: 'accounts', ids: [id] }); // the commit's event, before the answer
          return row;
        },
      },
    });
    const store = createAccountsStore(backend);
    onScreen(store);
    const created = await store.getState().save(anAccount());
    if (!created.ok) throw created.error;
    await store.getState().load();
    const saved = await store.getState().save({ ...anAccount(), name: '星河·上海外滩酒店' }, created.data.id);
    expect(saved.ok).toBe(true);
    expect(store.getState().rows.map((a) => a.name)).toEqual(['星河·上海外滩酒店']);
    await settle();
    expect(lists(backend, 'accounts.list')).toBe(1);
  });

  it('does not reload on the event of its own write, but does when that row changes elsewhere later', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    onScreen(store);
    await store.getState().load();
    const saved = await store.getState().save(anAccount());
    if (!saved.ok) throw saved.error;
    expect(store.getState().rows.map((a) => a.name)).toEqual(['星河·上海酒店']);
    backend.emit({ domain: 'accounts', ids: [saved.data.id] });
    await settle();
    expect(lists(backend, 'accounts.list')).toBe(1);

    // A write that changed nothing has no event: its mark must not hide a later change elsewhere.
    await store.getState().save(anAccount(), saved.data.id);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    backend.emit({ domain: 'accounts', ids: [saved.data.id] });
    await vi.waitFor(() => expect(lists(backend, 'accounts.list')).toBe(2));
  });

  it('keeps a store shown while any view reads it', async () => {
    const backend = fakeBackend();
    const store = createTeamStore(backend);
    const list = onScreen(store);
    const header = onScreen(store);
    await store.getState().load();
    list();
    backend.emit({ domain: 'team', ids: ['m1'] });
    await vi.waitFor(() => expect(lists(backend, 'team.list')).toBe(2));
    header();
    backend.emit({ domain: 'team', ids: ['m2'] });
    await settle();
    expect(lists(backend, 'team.list')).toBe(2);
  });

  it('refetches every shown store once after a restore, and the others when they are shown', async () => {
    const backend: FakeBackend = fakeBackend({
      backups: {
        list: () => [],
        restore: () => {
          // A restore changes every domain: the back end emits one event each, before answering.
          for (const domain of ['accounts', 'team', 'backups']) backend.emit({ domain, ids: [] });
          return { ok: true };
        },
      },
    });
    const accounts = createAccountsStore(backend);
    const team = createTeamStore(backend);
    const backups = createBackupsStore(backend);
    onScreen(accounts);
    onScreen(backups);
    await Promise.all([accounts.getState().load(), team.getState().load(), backups.getState().load()]);
    await backend.api.accounts.create(anAccount('恢复出来的账号'));

    const restored = await backups.getState().restore('workspace-20250101T000000Z-daily.sqlite');
    expect(restored.ok).toBe(true);
    expect(accounts.getState().rows.map((a) => a.name)).toEqual(['恢复出来的账号']);
    await settle();
    expect([lists(backend, 'accounts.list'), lists(backend, 'backups.list'), lists(backend, 'team.list')]).toEqual([2, 2, 1]);

    onScreen(team);
    await vi.waitFor(() => expect(lists(backend, 'team.list')).toBe(2));
  });
});
