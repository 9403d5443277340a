import { describe, expect, it, vi } from 'vitest';
import { createAccountsStore } from '../../../../src-renderer/features/accounts/store';
import { anAccount, fakeBackend, onScreen, settle } from '../fake-api';

describe('accounts store', () => {
  it('lists the accounts the back end has', async () => {
    const backend = fakeBackend();
    await backend.api.accounts.create(anAccount());
    const store = createAccountsStore(backend);
    await store.getState().load();
    expect(store.getState().rows.map((a) => a.name)).toEqual(['星河·上海酒店']);
  });

  it('reloads the list when accounts.changed arrives', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    onScreen(store);
    await store.getState().load();
    expect(store.getState().rows).toHaveLength(0);

    // Another window (or the CLI) adds an account; only the event tells this store.
    const created = await backend.api.accounts.create(anAccount('星河·杭州酒店'));
    backend.emit({ domain: 'accounts', ids: [created.id] });
    await vi.waitFor(() => expect(store.getState().rows.map((a) => a.name)).toEqual(['星河·杭州酒店']));
  });

  it('reloads once the page is shown again after a change made while it was not', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    const leave = onScreen(store);
    await store.getState().load();
    leave();
    const calls = backend.calls.length;
    for (const name of ['星河·杭州酒店', '星河·南京酒店']) {
      const created = await backend.api.accounts.create(anAccount(name));
      backend.emit({ domain: 'accounts', ids: [created.id] });
    }
    await settle();
    expect(backend.calls.length).toBe(calls + 2); // the two creates, no list

    onScreen(store);
    await vi.waitFor(() => expect(store.getState().rows).toHaveLength(2));
    await settle();
    expect(backend.calls.filter((c) => c === 'accounts.list')).toHaveLength(2);
  });

  it('reloads when the workspace profile changes: the naming check follows its template', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    onScreen(store);
    await store.getState().load();
    backend.emit({ domain: 'workspace', ids: ['ws'] });
    await vi.waitFor(() => expect(backend.calls.filter((c) => c === 'accounts.list')).toHaveLength(2));
  });

  it('ignores change events of other domains', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    await store.getState().load();
    onScreen(store);
    const before = backend.calls.length;
    backend.emit({ domain: 'team' });
    await settle();
    expect(backend.calls.length).toBe(before);
  });

  it('remove then undo restores the account', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    const created = await store.getState().save(anAccount());
    if (!created.ok) throw created.error;

    await store.getState().remove(created.data.id);
    expect(store.getState().rows).toHaveLength(0);
    expect(await backend.api.accounts.list({})).toHaveLength(0);

    await store.getState().restore(created.data.id);
    expect(store.getState().rows.map((a) => a.id)).toEqual([created.data.id]);
    await store.getState().load();
    expect(store.getState().rows.map((a) => a.name)).toEqual(['星河·上海酒店']);
  });

  it('puts the row back when the delete fails', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    const created = await store.getState().save(anAccount());
    if (!created.ok) throw created.error;
    backend.accounts.clear();

    const result = await store.getState().remove(created.data.id);
    expect(result.ok).toBe(false);
    expect(store.getState().rows).toHaveLength(1);
  });

  it('create surfaces field issues', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    const result = await store.getState().save({ ...anAccount(''), handle: '中文号', followers: -1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    const byField = Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toMatchObject({ name: 'validation.required', handle: 'validation.handleChars', followers: 'validation.nonNegative' });
    expect(store.getState().rows).toHaveLength(0);
  });

  it('update issues point at the patch fields', async () => {
    const backend = fakeBackend();
    const store = createAccountsStore(backend);
    const created = await store.getState().save(anAccount());
    if (!created.ok) throw created.error;
    const result = await store.getState().save({ ...anAccount(), name: 'x'.repeat(31) }, created.data.id);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]).toMatchObject({ path: ['patch', 'name'], message: 'validation.tooLong', params: { max: 30 } });
  });
});
