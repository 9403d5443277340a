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

  it('removes at once and restores with undo', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    await store.getState().load(october);
    expect((await store.getState().remove(['i1'])).ok).toBe(true);
    expect(store.getState().items).toEqual([]);
    await store.getState().restore(['i1']);
    expect(store.getState().items.map((i) => i.id)).toEqual(['i1']);
  });

  it('moves an item to the topic pool at once and puts it back where it was with undo', async () => {
    const { backend } = calendarBackend();
    const store = createCalendarStore(backend);
    await store.getState().load(october);
    const moved = await store.getState().move(['i1'], { date: '' });
    expect(store.getState().items).toEqual([]);
    expect(store.getState().pool.map((i) => i.id)).toEqual(['i1']);
    if (!moved.ok) throw new Error('move failed');
    await store.getState().place(moved.data);
    expect(store.getState().items).toMatchObject([{ id: 'i1', date: '2026-10-01', slot: 1 }]);
    expect(store.getState().pool).toEqual([]);
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
