import { describe, expect, it } from 'vitest';
import type { CalendarItemInput, ItemFilter } from '../../../src-shared/contract/calendar';
import { aMember, anAccount, callUntyped, failureOf, openTestBackend } from '../../helpers/backend';

async function setUp() {
  const backend = openTestBackend();
  const sub = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', platform: 'wechat_subscription' }));
  const service = await backend.api.accounts.create(anAccount({ name: '悦汇·上海购物中心', platform: 'wechat_service' }));
  const member = await backend.api.team.create(aMember());
  const column = await backend.api.columns.create({ accountId: sub.id, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [5] }, ownerId: null });
  const create = (fields: Partial<CalendarItemInput> = {}) => backend.api.calendar.createItem({ accountId: sub.id, title: '国庆出游攻略｜悦汇七天乐', ...fields });
  return { backend, sub, service, member, column, create };
}

const october = { from: '2026-10-01', to: '2026-10-31' };

describe('calendar items', () => {
  it('creates, updates and lists a month with filters', async () => {
    const { backend, sub, service, member, column, create } = await setUp();
    const a = await create({ date: '2026-10-01', time: '08:30', columnId: column.id, ownerId: member.id, status: 'writing', tags: ['国庆', '引流'], notes: '七天活动\n逐日列出' });
    expect(a).toMatchObject({ date: '2026-10-01', time: '08:30', slot: 1, status: 'writing', columnId: column.id, notes: '七天活动\n逐日列出', tags: ['国庆', '引流'] });
    await create({ date: '2026-10-02', status: 'approved', tags: ['国庆'] });
    await create({ accountId: service.id, date: '2026-10-08', title: '会员日福利', status: 'scheduled' });
    await create({ date: '2026-11-11', title: '双11会员日提前看' });
    const updated = await backend.api.calendar.updateItem({ id: a.id, patch: { title: '国庆七天乐全攻略', status: 'review' } });
    expect(updated).toMatchObject({ title: '国庆七天乐全攻略', status: 'review', time: '08:30', tags: ['国庆', '引流'] });

    const list = (filter: Omit<ItemFilter, 'from' | 'to'> = {}) => backend.api.calendar.listItems({ ...october, ...filter }).then((items) => items.map((i) => i.title));
    expect(await list()).toEqual(['国庆七天乐全攻略', '国庆出游攻略｜悦汇七天乐', '会员日福利']);
    expect(await list({ accountIds: [service.id] })).toEqual(['会员日福利']);
    expect(await list({ statuses: ['approved', 'scheduled'] })).toEqual(['国庆出游攻略｜悦汇七天乐', '会员日福利']);
    expect(await list({ ownerIds: [member.id] })).toEqual(['国庆七天乐全攻略']);
    expect(await list({ tags: ['引流'] })).toEqual(['国庆七天乐全攻略']);
    expect(await list({ columnIds: [column.id] })).toEqual(['国庆七天乐全攻略']);
    expect(sub.id).toBeTruthy();
  });

  it('keeps undated topics in the pool, and a pool item lands on a day by moving it', async () => {
    const { backend, create } = await setUp();
    const topic = await create({ title: '秋冬穿搭选题', status: 'topic' });
    expect(topic.date).toBe('');
    expect((await backend.api.calendar.listPool({})).map((i) => i.id)).toEqual([topic.id]);
    expect(await backend.api.calendar.listItems(october)).toEqual([]);
    await backend.api.calendar.moveItems({ ids: [topic.id], date: '2026-10-09', status: 'writing' });
    expect(await backend.api.calendar.listPool({})).toEqual([]);
    expect((await backend.api.calendar.listItems(october))[0]).toMatchObject({ id: topic.id, date: '2026-10-09', status: 'writing' });
  });

  it('moves items to another date and account in one transaction, and undoes a delete', async () => {
    const { backend, sub, service, column, create } = await setUp();
    const a = await create({ date: '2026-10-01', columnId: column.id });
    const b = await create({ date: '2026-10-02', slot: 1 });
    const events: unknown[] = [];
    backend.onChange((e) => events.push(e));
    const moved = await backend.api.calendar.moveItems({ ids: [a.id, b.id], date: '2026-10-05', accountId: service.id });
    expect(moved.moved.map((i) => [i.date, i.accountId, i.slot, i.columnId])).toEqual([
      ['2026-10-05', service.id, 1, null],
      ['2026-10-05', service.id, 2, null],
    ]);
    // The answer says where they were, for the undo.
    expect(moved.before.map((p) => [p.id, p.date, p.accountId, p.slot, p.columnId])).toEqual([
      [a.id, '2026-10-01', sub.id, 1, column.id],
      [b.id, '2026-10-02', sub.id, 1, null],
    ]);
    expect(events).toHaveLength(1); // one transaction, one change event
    expect(await failureOf(backend.api.calendar.moveItems({ ids: [a.id, 'missing'], date: '2026-10-20' }))).toMatchObject({ code: 'not_found' });
    expect((await backend.api.calendar.listItems(october)).map((i) => i.date)).toEqual(['2026-10-05', '2026-10-05']);
    // Undo of the move: moving back.
    await backend.api.calendar.moveItems({ ids: [a.id], date: '2026-10-01', accountId: sub.id });
    await backend.api.calendar.removeItems({ ids: [a.id, b.id] });
    expect(await backend.api.calendar.listItems(october)).toEqual([]);
    const restored = await backend.api.calendar.restoreItems({ ids: [a.id, b.id] });
    expect(restored.map((i) => i.date)).toEqual(['2026-10-01', '2026-10-05']);
    expect(await backend.api.calendar.listItems(october)).toHaveLength(2);
  });

  it('duplicates items with their tags onto another day', async () => {
    const { backend, create } = await setUp();
    const a = await create({ date: '2026-10-01', status: 'published', tags: ['国庆'] });
    const copies = await backend.api.calendar.duplicateItems({ ids: [a.id], date: '2026-10-03' });
    expect(copies).toMatchObject([{ date: '2026-10-03', title: a.title, status: 'approved', tags: ['国庆'], slot: 1 }]);
    expect(copies[0]!.id).not.toBe(a.id);
    const [sameDay] = await backend.api.calendar.duplicateItems({ ids: [a.id] });
    expect(sameDay).toMatchObject({ date: '2026-10-01', slot: 2 });
  });

  it('sets push slots 1..n in the given order', async () => {
    const { backend, sub, create } = await setUp();
    const a = await create({ date: '2026-10-01', slot: 1, title: '头条' });
    const b = await create({ date: '2026-10-01', slot: 2, title: '次条' });
    const c = await create({ date: '2026-10-01', slot: 3, title: '三条' });
    await backend.api.calendar.reorderSlots({ accountId: sub.id, date: '2026-10-01', ids: [c.id, a.id, b.id] });
    expect((await backend.api.calendar.listItems(october)).map((i) => [i.title, i.slot])).toEqual([
      ['三条', 1],
      ['头条', 2],
      ['次条', 3],
    ]);
    expect(await failureOf(backend.api.calendar.reorderSlots({ accountId: sub.id, date: '2026-10-02', ids: [a.id] }))).toMatchObject({ code: 'validation' });
    // A part of the push (e.g. what a filter shows) is refused: it would leave two items on one slot.
    const partial = await failureOf(backend.api.calendar.reorderSlots({ accountId: sub.id, date: '2026-10-01', ids: [b.id, a.id] }));
    expect(partial).toMatchObject({ issues: [{ message: 'validation.wholePush' }] });
  });

  it('warns when a subscription account gets two pushes on one day, and not for a valid plan', async () => {
    const { backend, sub, service, create } = await setUp();
    await create({ date: '2026-10-01', slot: 1 });
    await create({ date: '2026-10-01', slot: 2 });
    for (const day of ['01', '08', '15', '22']) await create({ accountId: service.id, date: `2026-10-${day}` });
    expect(await backend.api.calendar.problems(october)).toEqual([]);
    const second = await create({ date: '2026-10-01', slot: 1, title: '国庆第二推' });
    const problems = await backend.api.calendar.problems(october);
    expect(problems).toMatchObject([{ code: 'subscriptionTwiceADay', accountId: sub.id, date: '2026-10-01' }]);
    expect(problems[0]!.itemIds).toContain(second.id);
    await backend.api.calendar.updateItem({ id: second.id, patch: { status: 'cancelled' } });
    expect(await backend.api.calendar.problems(october)).toEqual([]);
  });

  it('counts every push of the month for a service account, even when the range is part of it', async () => {
    const { backend, service, create } = await setUp();
    for (const day of ['01', '08', '15', '22', '29']) await create({ accountId: service.id, date: `2026-10-${day}` });
    const problems = await backend.api.calendar.problems({ from: '2026-10-26', to: '2026-11-01' });
    expect(problems).toMatchObject([{ code: 'serviceOverMonthly', date: '2026-10', params: { count: 5, max: 4 } }]);
  });

  it('gives field issues for a bad date, slot 9, a bad time and a column of another account', async () => {
    const { backend, service, column } = await setUp();
    const bad = await failureOf(backend.api.calendar.createItem({ accountId: service.id, title: ' ', date: '2026-02-30', slot: 9, time: '25:00' }));
    const byField = Object.fromEntries(bad.issues!.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toEqual({ title: 'validation.required', date: 'validation.invalid', slot: 'validation.slotRange', time: 'validation.invalid' });
    const wrongColumn = await failureOf(backend.api.calendar.createItem({ accountId: service.id, title: '会员日', columnId: column.id }));
    expect(wrongColumn.issues).toEqual([{ path: ['columnId'], message: 'validation.unknown.column' }]);
    const tooLong = await failureOf(backend.api.calendar.listItems({ from: '2026-01-01', to: '2027-12-31' }));
    expect(tooLong.issues?.[0]?.message).toBe('validation.rangeTooLong');
    expect(await backend.api.calendar.listPool({})).toEqual([]);
  });

  it('keeps tags as a set that round-trips', async () => {
    const { backend, create } = await setUp();
    const a = await create({ date: '2026-10-01', tags: ['国庆', '引流', '国庆'] });
    expect(a.tags).toEqual(['国庆', '引流']);
    const edited = await backend.api.calendar.updateItem({ id: a.id, patch: { tags: ['会员', '国庆'] } });
    expect(edited.tags).toEqual(['会员', '国庆']);
    const back = await backend.api.calendar.updateItem({ id: a.id, patch: { tags: ['引流', '国庆', '会员'] } });
    expect(back.tags).toEqual(['会员', '国庆', '引流']);
    expect((await backend.api.calendar.listItems({ ...october, tags: ['引流'] })).map((i) => i.tags)).toEqual([['会员', '国庆', '引流']]);
    expect(await failureOf(backend.api.calendar.updateItem({ id: a.id, patch: { tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) } }))).toMatchObject({ code: 'validation' });
  });

  it('hides the items of a deleted account', async () => {
    const { backend, service, create } = await setUp();
    await create({ accountId: service.id, date: '2026-10-01' });
    await backend.api.accounts.remove({ id: service.id });
    expect(await backend.api.calendar.listItems(october)).toEqual([]);
  });
});

describe('key dates', () => {
  it('are saved, listed by range and deleted', async () => {
    const backend = openTestBackend();
    const launch = await backend.api.calendar.saveKeyDate({ date: '2026-10-18', name: '悦汇七周年庆', kind: 'anniversary' });
    await backend.api.calendar.saveKeyDate({ date: '2026-12-01', name: '新店开业', kind: 'launch', notes: '苏州店' });
    expect((await backend.api.calendar.listKeyDates(october)).map((k) => k.name)).toEqual(['悦汇七周年庆']);
    const edited = await backend.api.calendar.saveKeyDate({ id: launch.id, date: '2026-10-19', name: '悦汇七周年庆', kind: 'anniversary' });
    expect(edited).toMatchObject({ id: launch.id, date: '2026-10-19', notes: '' });
    await backend.api.calendar.removeKeyDate({ id: launch.id });
    expect(await backend.api.calendar.listKeyDates(october)).toEqual([]);
    expect(await callUntyped(backend, 'calendar.saveKeyDate', { date: '2026-10-01', name: '活动', kind: 'party' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
