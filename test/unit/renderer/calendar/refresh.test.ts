import { describe, expect, it, vi } from 'vitest';
import { createCalendarStore } from '../../../../src-renderer/features/calendar/store';
import { onScreen, settle } from '../fake-api';
import { calendarBackend, november, october } from './fake-calendar';

// What the calendar asks the back end for, call by call: a write shows its answer, its change
// event refetches only what follows from it, and nothing is fetched while the page is not shown.

/** The calendar on screen, October loaded; `calls()` lists the calls since the last look. */
async function shownCalendar(query = october) {
  const { backend, rows, spans, callsSince } = calendarBackend();
  const store = createCalendarStore(backend);
  const leave = onScreen(store);
  await store.getState().load(query);
  await settle();
  callsSince();
  return { backend, rows, spans, store, leave, calls: async () => (await settle(), callsSince().sort()) };
}

describe('calendar refresh', () => {
  it('shows an edit from its answer, then refetches only the push-rule problems and today’s panel', async () => {
    const { store, calls } = await shownCalendar();
    const saved = await store.getState().update('i1', { title: '国庆出游指南' });
    expect(saved.ok).toBe(true);
    expect(store.getState().items.map((i) => i.title)).toEqual(['国庆出游指南']);
    expect(await calls()).toEqual(['calendar.attention', 'calendar.editItems', 'calendar.problems']);
  });

  it('takes the change event after a save that changed nothing as a change made elsewhere', async () => {
    const { store, calls } = await shownCalendar();
    await store.getState().update('i1', { title: '标题 i1' });
    expect(await calls()).toContain('calendar.listItems');
  });

  it('takes an edit of the tags as its own write too', async () => {
    const { store, calls } = await shownCalendar();
    await store.getState().update('i1', { tags: ['国庆', '出游'] });
    expect(store.getState().items[0]?.tags).toEqual(['国庆', '出游']);
    expect(await calls()).toEqual(['calendar.attention', 'calendar.editItems', 'calendar.problems']);
  });

  it('refetches the range and the side panels when items change elsewhere, but not the layers or the columns', async () => {
    const { backend, rows, store, calls } = await shownCalendar();
    rows.get('i1')!.title = '另一个窗口改的标题';
    backend.emit({ domain: 'calendar', ids: ['i1'] });
    await vi.waitFor(() => expect(store.getState().items[0]?.title).toBe('另一个窗口改的标题'));
    expect(await calls()).toEqual(['calendar.attention', 'calendar.listItems', 'calendar.listKeyDates', 'calendar.listPool', 'calendar.problems']);
  });

  it('fetches nothing while the page is not shown, and refreshes once when it is shown again', async () => {
    const { backend, rows, store, leave, calls } = await shownCalendar();
    leave();
    rows.get('i1')!.title = '离开后改的标题';
    backend.emit({ domain: 'calendar', ids: ['i1'] });
    backend.emit({ domain: 'accounts', ids: ['acc-1'] });
    backend.emit({ domain: 'columns', ids: ['col-1'] });
    expect(await calls()).toEqual([]);

    onScreen(store);
    await vi.waitFor(() => expect(store.getState().items[0]?.title).toBe('离开后改的标题'));
    expect(await calls()).toEqual(['calendar.attention', 'calendar.listItems', 'calendar.listKeyDates', 'calendar.listPool', 'calendar.problems', 'columns.list']);
  });

  it('fetches the holiday layers once per range, and again only after a layers change', async () => {
    const { backend, store, calls } = await shownCalendar();
    await store.getState().prefetch(november);
    await store.getState().load(november);
    store.getState().forget();
    await store.getState().load(october);
    backend.emit({ domain: 'calendar', ids: ['elsewhere'] });
    expect((await calls()).filter((c) => c === 'calendarLayers.list')).toHaveLength(1); // november's

    backend.emit({ domain: 'calendarLayers' });
    expect(await calls()).toEqual(['calendarLayers.list']);
  });

  it('shows an edited item’s new title in today’s panel at once too', async () => {
    const { store } = await shownCalendar({ ...october, today: '2026-10-01' });
    expect(store.getState().attention.today.map((i) => i.title)).toEqual(['标题 i1']);
    await store.getState().update('i1', { title: '国庆出游指南' });
    expect(store.getState().attention.today.map((i) => i.title)).toEqual(['国庆出游指南']);
  });

  it('takes an item edited out of the filters off the calendar at once', async () => {
    const { store } = await shownCalendar({ ...october, statuses: ['topic'] });
    expect(store.getState().items).toHaveLength(1);
    await store.getState().update('i1', { status: 'writing' });
    expect(store.getState().items).toEqual([]);
  });

  it('shows a saved key date from its answer and fetches nothing after it', async () => {
    const { store, calls } = await shownCalendar();
    await store.getState().saveKeyDate({ date: '2026-10-18', name: '会员日', kind: 'event', notes: '' });
    expect(store.getState().keyDates.map((k) => k.name)).toEqual(['会员日']);
    expect(await calls()).toEqual(['calendar.saveKeyDate']);
  });

  it('shows a month changed since it was prefetched anew, and keeps the months a move did not touch', async () => {
    const { store, calls } = await shownCalendar();
    const januaryWeek = { ...october, from: '2027-01-04', to: '2027-01-10' };
    await store.getState().prefetch(november);
    await store.getState().prefetch(januaryWeek);
    await calls();
    await store.getState().move(['i1'], { date: '2026-11-20' });
    await calls();
    await store.getState().load(januaryWeek);
    expect(await calls()).toEqual([]);
    await store.getState().load(november);
    expect(store.getState().items.map((i) => i.date)).toEqual(['2026-11-20']);
  });

  it('reads a push from the items on screen, unless a filter may hide part of it', async () => {
    const { store, calls } = await shownCalendar();
    const push = await store.getState().pushOf('acc-1', '2026-10-01');
    expect(push.ok && push.data.map((i) => i.id)).toEqual(['i1']);
    expect(await calls()).toEqual([]);

    await store.getState().load({ ...october, statuses: ['writing'] });
    await calls();
    const filtered = await store.getState().pushOf('acc-1', '2026-10-01');
    expect(filtered.ok && filtered.data.map((i) => i.id)).toEqual(['i1']);
    expect(await calls()).toEqual(['calendar.listItems']);
  });

  it('shows activities’ spans of the accounts filtered (and those on no account), refetching only them when an activity changes', async () => {
    const { backend, spans, store, calls } = await shownCalendar({ ...october, accountIds: ['acc-1'] });
    expect(store.getState().spans.map((s) => s.name)).toEqual(['国庆打卡', '全员抽奖']);
    spans.push({ activityId: 'a4', name: '重阳节茶话会', status: 'planned', phase: 'main', startDate: '2026-10-29', endDate: '2026-10-29', accountIds: ['acc-1', 'acc-2'] });
    backend.emit({ domain: 'activities', ids: ['a4'] });
    await vi.waitFor(() => expect(store.getState().spans).toHaveLength(3));
    expect(await calls()).toEqual(['activities.spans']);
  });
});
