import { describe, expect, it, vi } from 'vitest';
import { createCalendarStore } from '../../../../src-renderer/features/calendar/store';
import { onScreen, settle } from '../fake-api';
import { calendarBackend, november, october } from './fake-calendar';

describe('calendar store', () => {
  it('loads items, layers and problems of the range, problems filtered by the accounts shown', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    await store.getState().load(october);
    expect(store.getState().items.map((i) => i.id)).toEqual(['i1']);
    expect(store.getState().layers[0]?.name).toBe('国庆节');
    expect(store.getState().problems).toHaveLength(2);
    await store.getState().load({ ...october, accountIds: ['acc-1'] });
    expect(store.getState().problems.map((p) => p.code)).toEqual(['subscriptionTwiceADay']);
  });

  it('removes at once, and undo brings the item back; redo deletes it again', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    await store.getState().load(october);
    const removed = await store.getState().remove(['i1']);
    expect(removed).toMatchObject({ ok: true, data: { label: { kind: 'deletedOne', title: '标题 i1' } } });
    expect(store.getState().items).toEqual([]);
    expect((await store.getState().undo()).ok).toBe(true);
    expect(store.getState().items.map((i) => i.id)).toEqual(['i1']);
    expect(store.getState().history.undone).toHaveLength(1);
    await store.getState().redo();
    expect(store.getState().items).toEqual([]);
    expect(store.getState().history).toMatchObject({ done: [{ label: { kind: 'deletedOne' } }], undone: [] });
  });

  it('moves an item to the topic pool at once and puts it back where it was with undo', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    await store.getState().load(october);
    const moved = await store.getState().move(['i1'], { date: '' });
    expect(store.getState().items).toEqual([]);
    expect(store.getState().pool.map((i) => i.id)).toEqual(['i1']);
    if (!moved.ok) throw new Error('move failed');
    await store.getState().undo(moved.data!.id);
    expect(store.getState().items).toMatchObject([{ id: 'i1', date: '2026-10-01', slot: 1 }]);
    expect(store.getState().pool).toEqual([]);
  });

  it('undoes steps one at a time in the order asked, the last first, and only the step named when one is', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    await store.getState().load(october);
    const first = await store.getState().update('i1', { title: '第一次' });
    await store.getState().update('i1', { title: '第二次' });
    expect(first.ok).toBe(true);
    // An old toast's 撤销 undoes nothing once a newer step is done.
    expect((await store.getState().undo(store.getState().history.done[0]!.id)).ok && store.getState().items[0]!.title).toBe('第二次');
    await Promise.all([store.getState().undo(), store.getState().undo()]);
    expect(store.getState().items[0]!.title).toBe('标题 i1');
    expect(store.getState().history.done).toEqual([]);
    // A new step drops what was undone.
    await store.getState().update('i1', { title: '第三次' });
    expect(store.getState().history.undone).toEqual([]);
  });

  it('reloads the range when calendar.changed arrives', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    onScreen(store);
    await store.getState().load(october);
    const created = await backend.api.calendar.createItem({ accountId: 'acc-1', date: '2026-10-20', title: '秋季会员日' });
    backend.emit({ domain: 'calendar', ids: [created.id] });
    await vi.waitFor(() => expect(store.getState().items.map((i) => i.title)).toContain('秋季会员日'));
  });

  it('refuses an item without a title with the contract message', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    await store.getState().load(october);
    const result = await store.getState().create({ accountId: 'acc-1', date: '2026-10-20', time: '', slot: 1, columnId: null, title: '', notes: '', ownerId: null, dueDate: '', status: 'topic', tags: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ path: ['title'] });
  });

  it('shows a prefetched range at once, and fetches it anew after a change event', async () => {
    const { backend, rows } = calendarBackend();
    const store = createCalendarStore(backend);
    onScreen(store);
    await store.getState().load(october);
    await store.getState().prefetch(november);
    const listed = () => backend.calls.filter((c) => c === 'calendar.listItems').length;
    const before = listed();
    await store.getState().load(november);
    expect(listed()).toBe(before);
    rows.get('i1')!.date = '2026-11-20';
    backend.emit({ domain: 'calendar' });
    await settle();
    await store.getState().load(october);
    expect(listed()).toBeGreaterThan(before);
    expect(store.getState().items).toEqual([]);
  });

  it('does not keep a range fetched while a change event emptied the cache', async () => {
    const { backend, rows } = calendarBackend();
    const store = createCalendarStore(backend);
    onScreen(store);
    await store.getState().load(october);
    const prefetching = store.getState().prefetch(november);
    rows.get('i1')!.date = '2026-11-20';
    backend.emit({ domain: 'calendar' });
    await prefetching;
    await settle();
    await store.getState().load(november);
    expect(store.getState().items.map((i) => i.date)).toEqual(['2026-11-20']);
  });
});
