import { describe, expect, it } from 'vitest';
import type { CalendarItem, PushProblem } from '../../../../src-shared/contract/calendar';
import { createCalendarStore, type CalendarQuery } from '../../../../src-renderer/features/calendar/store';
import { fakeBackend, settle } from '../fake-api';

const item = (id: string, date: string): CalendarItem => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  accountId: 'acc-1',
  date,
  time: '',
  slot: 1,
  columnId: null,
  title: `标题 ${id}`,
  notes: '',
  ownerId: null,
  dueDate: '',
  status: 'topic',
  sourceKey: '',
  tags: [],
});

function calendarBackend() {
  const rows = new Map<string, CalendarItem & { deleted?: boolean }>([['i1', item('i1', '2026-10-01')]]);
  const problems: PushProblem[] = [
    { code: 'subscriptionTwiceADay', accountId: 'acc-1', date: '2026-10-01', itemIds: ['i1'], params: { pushes: 2 } },
    { code: 'slotGap', accountId: 'acc-2', date: '2026-10-02', itemIds: [], params: { slot: 2 } },
  ];
  const backend = fakeBackend({
    calendar: {
      listItems: ({ from, to }: { from: string; to: string }) => [...rows.values()].filter((r) => !r.deleted && r.date >= from && r.date <= to),
      listPool: () => [...rows.values()].filter((r) => !r.deleted && !r.date),
      cadenceGaps: () => [],
      listKeyDates: () => [],
      attention: () => ({ today: [], overdue: [], overdueTotal: 0 }),
      moveItems: ({ ids, date }: { ids: string[]; date: string }) => {
        const before = ids.map((id) => {
          const { date, accountId, slot, status, columnId } = rows.get(id)!;
          return { id, date, accountId, slot, status, columnId };
        });
        return { moved: ids.map((id) => Object.assign(rows.get(id)!, { date, slot: 2 })), before };
      },
      placeItems: ({ placements }: { placements: CalendarItem[] }) => placements.map((p) => Object.assign(rows.get(p.id)!, p)),
      problems: () => problems,
      createItem: (input: CalendarItem) => {
        const row = { ...item(`i${rows.size + 1}`, input.date), title: input.title };
        rows.set(row.id, row);
        return row;
      },
      removeItems: ({ ids }: { ids: string[] }) => {
        for (const id of ids) rows.get(id)!.deleted = true;
        return { ok: true };
      },
      restoreItems: ({ ids }: { ids: string[] }) => ids.map((id) => Object.assign(rows.get(id)!, { deleted: undefined })),
    },
    calendarLayers: { list: () => ({ days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节', nameEn: 'National Day' }] }) },
  });
  return { backend, rows };
}

const october: CalendarQuery = { from: '2026-09-28', to: '2026-11-08', today: '2026-10-08', accountIds: [], columnIds: [], statuses: [], ownerIds: [], tags: [], withGaps: false };

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
    await store.getState().load(october);
    await backend.api.calendar.createItem({ accountId: 'acc-1', date: '2026-10-20', title: '秋季会员日' });
    backend.emit({ domain: 'calendar' });
    await settle();
    expect(store.getState().items.map((i) => i.title)).toContain('秋季会员日');
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
    await store.getState().load(october);
    const november = { ...october, from: '2026-10-26', to: '2026-12-06' };
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
    await store.getState().load(october);
    const november = { ...october, from: '2026-10-26', to: '2026-12-06' };
    const prefetching = store.getState().prefetch(november);
    rows.get('i1')!.date = '2026-11-20';
    backend.emit({ domain: 'calendar' });
    await prefetching;
    await settle();
    await store.getState().load(november);
    expect(store.getState().items.map((i) => i.date)).toEqual(['2026-11-20']);
  });
});
