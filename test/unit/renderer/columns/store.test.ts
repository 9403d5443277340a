import { describe, expect, it, vi } from 'vitest';
import { createColumnsStore } from '../../../../src-renderer/features/columns/store';
import { fakeBackend, onScreen } from '../fake-api';

const column = (name: string) => ({ accountId: 'acc-1', name, purpose: '', cadence: { kind: 'weekly' as const, weekdays: [2, 4] }, ownerId: null });

describe('columns store', () => {
  it('moves a column down, on screen and in the back end', async () => {
    const backend = fakeBackend();
    const store = createColumnsStore(backend);
    await store.getState().load('acc-1');
    for (const name of ['新品速递', '会员故事', '城市漫步']) await store.getState().save(column(name));
    expect(store.getState().byAccount['acc-1']!.map((c) => c.name)).toEqual(['新品速递', '会员故事', '城市漫步']);
    const first = store.getState().byAccount['acc-1']![0]!;

    await store.getState().move('acc-1', first.id, 1);
    expect(store.getState().byAccount['acc-1']!.map((c) => c.name)).toEqual(['会员故事', '新品速递', '城市漫步']);
    expect((await backend.api.columns.list({ accountId: 'acc-1' })).map((c) => c.name)).toEqual(['会员故事', '新品速递', '城市漫步']);
  });

  it('refuses a weekly cadence without weekdays', async () => {
    const store = createColumnsStore(fakeBackend());
    const result = await store.getState().save({ ...column('新品速递'), cadence: { kind: 'weekly', weekdays: [] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ path: ['cadence', 'weekdays'], message: 'validation.pickWeekday' });
  });

  it('reloads the accounts it has open when columns.changed arrives', async () => {
    const backend = fakeBackend();
    const store = createColumnsStore(backend);
    onScreen(store);
    await store.getState().load('acc-1');
    const created = await backend.api.columns.create(column('城市漫步'));
    backend.emit({ domain: 'columns', ids: [created.id] });
    await vi.waitFor(() => expect(store.getState().byAccount['acc-1']!.map((c) => c.name)).toEqual(['城市漫步']));
  });

  it('fetches an account held and unchanged only once, and again after a change elsewhere', async () => {
    const backend = fakeBackend();
    const store = createColumnsStore(backend);
    const listed = () => backend.calls.filter((c) => c === 'columns.list').length;
    await store.getState().load('acc-1');
    await store.getState().load('acc-1');
    expect(listed()).toBe(1);
    backend.emit({ domain: 'columns', ids: ['elsewhere'] });
    await store.getState().load('acc-1');
    expect(listed()).toBe(2);
  });
});
