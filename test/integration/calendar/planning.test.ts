import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarItem, CalendarItemInput, Placement } from '../../../src-shared/contract/calendar';
import { addDays } from '../../../src-shared/domain/dates';
import { openSqlite } from '../../../src-main/db/connection';
import { WORKSPACE_FILE } from '../../../src-main/session/backend';
import { outboxChanges, type OutboxEntry } from '../../../src-main/sync/outbox';
import { aMember, anAccount, failureOf, openTestBackend } from '../../helpers/backend';

// 2026-10: Thursday the 1st; Tuesdays are the 6th, 13th, 20th and 27th.
const october = { from: '2026-10-01', to: '2026-10-31' };
const TUESDAYS = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27'];

async function setUp() {
  const backend = openTestBackend();
  const sub = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', platform: 'wechat_subscription' }));
  const service = await backend.api.accounts.create(anAccount({ name: '悦汇·上海购物中心', platform: 'wechat_service' }));
  const member = await backend.api.team.create(aMember());
  const tuesdays = await backend.api.columns.create({ accountId: sub.id, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [2] }, ownerId: member.id });
  const create = (fields: Partial<CalendarItemInput>) => backend.api.calendar.createItem({ accountId: sub.id, title: '国庆出游攻略', ...fields });
  const titles = (items: CalendarItem[]) => items.map((i) => i.title);
  return { backend, sub, service, member, tuesdays, create, titles };
}

const placementOf = ({ id, date, accountId, slot, status, columnId }: CalendarItem): Placement => ({ id, date, accountId, slot, status, columnId });

describe('calendar.placeItems', () => {
  it('puts items back where they were after a move to another day and account, in one transaction', async () => {
    const { backend, service, tuesdays, create } = await setUp();
    const a = await create({ date: '2026-10-06', slot: 1, columnId: tuesdays.id, status: 'writing' });
    const b = await create({ date: '2026-10-06', slot: 2, status: 'review' });
    await create({ accountId: service.id, date: '2026-10-09', slot: 1 });
    const moved = await backend.api.calendar.moveItems({ ids: [a.id, b.id], date: '2026-10-09', accountId: service.id, status: 'approved' });
    expect(moved.moved.map((i) => [i.slot, i.columnId, i.status])).toEqual([
      [2, null, 'approved'],
      [3, null, 'approved'],
    ]);

    const events: unknown[] = [];
    backend.onChange((e) => events.push(e));
    expect(moved.before).toEqual([a, b].map(placementOf));
    const placed = await backend.api.calendar.placeItems({ placements: moved.before });
    expect(placed.map(placementOf)).toEqual([a, b].map(placementOf));
    expect((await backend.api.calendar.listItems({ ...october, columnIds: [tuesdays.id] })).map((i) => i.id)).toEqual([a.id]);
    expect(events).toHaveLength(1);
  });

  it('undoes a status change', async () => {
    const { backend, create } = await setUp();
    const a = await create({ date: '2026-10-06', status: 'review' });
    await backend.api.calendar.moveItems({ ids: [a.id], status: 'published' });
    const [placed] = await backend.api.calendar.placeItems({ placements: [placementOf(a)] });
    expect(placed).toMatchObject({ status: 'review', date: '2026-10-06', slot: 1 });
  });

  it('changes nothing when one placement is refused', async () => {
    const { backend, service, tuesdays, create } = await setUp();
    const a = await create({ date: '2026-10-06' });
    const b = await create({ date: '2026-10-07' });
    await backend.api.calendar.removeItems({ ids: [b.id] });
    const refusal = (placements: Placement[]) => failureOf(backend.api.calendar.placeItems({ placements }));
    const elsewhere = { ...placementOf(a), date: '2026-10-20' };

    expect(await refusal([elsewhere, placementOf(b)])).toMatchObject({ code: 'not_found' }); // b is deleted
    expect(await refusal([elsewhere, { ...placementOf(a), id: 'missing' }])).toMatchObject({ code: 'not_found' });
    const wrongColumn = await refusal([{ ...elsewhere, accountId: service.id, columnId: tuesdays.id }]);
    expect(wrongColumn.issues).toEqual([{ path: ['columnId'], message: 'validation.unknown.column' }]);
    const goneAccount = await refusal([{ ...elsewhere, accountId: 'gone' }]);
    expect(goneAccount.issues).toEqual([{ path: ['accountId'], message: 'validation.unknown.account' }]);
    expect((await backend.api.calendar.listItems(october)).map((i) => i.date)).toEqual(['2026-10-06']);
  });
});

describe('calendar.attention', () => {
  it("lists today's pushes by account and slot, and the overdue drafts, not published or cancelled ones", async () => {
    const { backend, sub, service, create, titles } = await setUp();
    const today = '2026-10-08';
    await create({ date: today, slot: 2, status: 'scheduled', title: '今日次条' });
    await create({ date: today, slot: 1, status: 'approved', title: '今日头条' });
    await create({ accountId: service.id, date: today, status: 'writing', dueDate: '2026-10-07', title: '服务号今日推送' });
    await create({ date: today, slot: 3, status: 'cancelled', title: '今日取消' });
    await create({ status: 'writing', dueDate: '2026-10-03', title: '选题库里逾期的稿' });
    await create({ date: '2026-10-05', status: 'review', title: '该发未发' });
    await create({ date: '2026-10-02', status: 'published', title: '已发布' });
    await create({ date: '2026-10-01', status: 'cancelled', dueDate: '2026-09-28', title: '已取消' });
    await create({ date: '2026-10-10', status: 'approved', dueDate: '2026-10-01', title: '已定稿' });
    await create({ date: '2026-10-20', status: 'topic', dueDate: today, title: '今天截稿' });
    const closed = await backend.api.accounts.create(anAccount({ name: '悦汇·苏州生活' }));
    await create({ accountId: closed.id, date: today, status: 'writing', dueDate: '2026-10-01', title: '停用账号的稿' });
    await backend.api.accounts.remove({ id: closed.id });

    const attention = await backend.api.calendar.attention({ today });
    expect(sub.id < service.id).toBe(true); // ids are time-ordered: the accounts sort in creation order
    expect(titles(attention.today)).toEqual(['今日头条', '今日次条', '服务号今日推送']);
    expect(titles(attention.overdue)).toEqual(['选题库里逾期的稿', '该发未发', '服务号今日推送']);
  });

  it('lists at most 50 overdue drafts, the longest overdue first, and says how many there are in all, per account too', async () => {
    const { backend, create, service } = await setUp();
    for (let day = 54; day >= 0; day--) await create({ dueDate: addDays('2026-07-01', day), title: `稿件${day}` });
    const { overdue, overdueTotal } = await backend.api.calendar.attention({ today: '2026-10-08' });
    expect(overdue).toHaveLength(50);
    expect(overdueTotal).toBe(55);
    expect(await backend.api.calendar.attention({ today: '2026-10-08', accountIds: [service.id] })).toEqual({ today: [], overdue: [], overdueTotal: 0 });
    expect(overdue[0]?.dueDate).toBe('2026-07-01');
    expect(overdue.map((i) => i.dueDate)).toEqual(overdue.map((i) => i.dueDate).sort());
  });
});

describe('calendar.cadenceGaps', () => {
  it('finds the Tuesdays of a weekly Tuesday column that have no item, and not the ones that have one', async () => {
    const { backend, sub, tuesdays, create } = await setUp();
    await create({ date: '2026-10-13', title: '别的栏目的推送' });
    await create({ date: '2026-10-20', columnId: tuesdays.id, status: 'published' });
    const deleted = await create({ date: '2026-10-27' });
    await backend.api.calendar.removeItems({ ids: [deleted.id] });
    await backend.api.columns.create({ accountId: sub.id, name: '不定期', cadence: { kind: 'irregular' }, ownerId: null });

    expect(await backend.api.calendar.cadenceGaps(october)).toEqual([
      { accountId: sub.id, date: '2026-10-06', columnIds: [tuesdays.id] },
      { accountId: sub.id, date: '2026-10-27', columnIds: [tuesdays.id] },
    ]);
  });

  it('lists every column due on a gap day, sorts by date then account, and filters by account', async () => {
    const { backend, sub, service, tuesdays } = await setUp();
    const sixth = await backend.api.columns.create({ accountId: sub.id, name: '会员福利', cadence: { kind: 'monthly', days: [6] }, ownerId: null });
    const thursdays = await backend.api.columns.create({ accountId: service.id, name: '新店速递', cadence: { kind: 'weekly', weekdays: [4] }, ownerId: null });
    const gone = await backend.api.columns.create({ accountId: service.id, name: '每日早安', cadence: { kind: 'daily' }, ownerId: null });
    await backend.api.columns.remove({ id: gone.id });

    const week = { from: '2026-10-01', to: '2026-10-08' };
    expect(await backend.api.calendar.cadenceGaps(week)).toEqual([
      { accountId: service.id, date: '2026-10-01', columnIds: [thursdays.id] },
      { accountId: sub.id, date: '2026-10-06', columnIds: [tuesdays.id, sixth.id] },
      { accountId: service.id, date: '2026-10-08', columnIds: [thursdays.id] },
    ]);
    expect((await backend.api.calendar.cadenceGaps({ ...week, accountIds: [sub.id] })).map((g: { date: string }) => g.date)).toEqual(['2026-10-06']);
    await backend.api.accounts.remove({ id: service.id });
    expect(await backend.api.calendar.cadenceGaps(week)).toHaveLength(1);
  });
});

describe('calendar.fillCadence', () => {
  it("creates 选题 placeholders on the column's days, after the items already there, skipping days the column has", async () => {
    const { backend, sub, member, tuesdays, create } = await setUp();
    await create({ date: '2026-10-13', columnId: tuesdays.id, title: '周末去哪儿｜秋日市集' });
    await create({ date: '2026-10-20', slot: 1, title: '会员日' });
    const input = { ...october, columnIds: [tuesdays.id] };

    const preview = await backend.api.calendar.previewCadence(input);
    expect(preview).toEqual({
      placeholders: ['2026-10-06', '2026-10-20', '2026-10-27'].map((date) => ({ columnId: tuesdays.id, accountId: sub.id, date, title: '周末去哪儿｜待定', sourceKey: `cadence:${tuesdays.id}:${date}` })),
      skippedPast: 0,
      problems: [],
    });

    const events: unknown[] = [];
    backend.onChange((e) => events.push(e));
    const created: CalendarItem[] = await backend.api.calendar.fillCadence(input);
    expect(events).toHaveLength(1);
    expect(created.map((i) => [i.date, i.slot])).toEqual([
      ['2026-10-06', 1],
      ['2026-10-20', 2],
      ['2026-10-27', 1],
    ]);
    expect(created[0]).toMatchObject({
      accountId: sub.id,
      columnId: tuesdays.id,
      ownerId: member.id,
      status: 'topic',
      title: '周末去哪儿｜待定',
      sourceKey: `cadence:${tuesdays.id}:2026-10-06`,
      time: '',
      dueDate: '',
      tags: [],
    });
    expect(await backend.api.calendar.cadenceGaps(october)).toEqual([]);

    expect((await backend.api.calendar.previewCadence(input)).placeholders).toEqual([]);
    expect(await backend.api.calendar.fillCadence(input)).toEqual([]);
    expect(await backend.api.calendar.listItems(october)).toHaveLength(5);
  });

  it('does not make a placeholder again after it was moved to another day, and removeItems undoes a fill', async () => {
    const { backend, tuesdays } = await setUp();
    const input = { ...october, columnIds: [tuesdays.id] };
    const created: CalendarItem[] = await backend.api.calendar.fillCadence(input);
    expect(created.map((i) => i.date)).toEqual(TUESDAYS);
    await backend.api.calendar.moveItems({ ids: [created[0]!.id], date: '2026-10-07' });
    expect(await backend.api.calendar.fillCadence(input)).toEqual([]);

    await backend.api.calendar.removeItems({ ids: created.map((i) => i.id) });
    expect(await backend.api.calendar.listItems(october)).toEqual([]);
    expect(await backend.api.calendar.fillCadence(input)).toHaveLength(4);
  });

  it('gives a placeholder the 头条 when the day holds only a cancelled item (it goes out in no push)', async () => {
    const { backend, tuesdays, create } = await setUp();
    await create({ date: '2026-10-06', slot: 1, status: 'cancelled', title: '取消的头条' });
    const [placeholder] = await backend.api.calendar.fillCadence({ from: '2026-10-06', to: '2026-10-06', columnIds: [tuesdays.id] });
    expect(placeholder).toMatchObject({ date: '2026-10-06', slot: 1 });
    expect(await backend.api.calendar.problems({ from: '2026-10-01', to: '2026-10-31' })).toEqual([]);
  });

  it('writes field-level outbox changes for each placeholder, like every other write', async () => {
    const { backend, tuesdays } = await setUp();
    const [placeholder] = await backend.api.calendar.fillCadence({ from: '2026-10-06', to: '2026-10-06', columnIds: [tuesdays.id] });
    const sqlite = openSqlite(join(backend.dataDir, WORKSPACE_FILE));
    try {
      const entries = sqlite.prepare("SELECT tbl, row_id, field, value, hlc FROM outbox WHERE tbl = 'calendar_items' AND row_id = ?").all(placeholder!.id) as OutboxEntry[];
      const rows = entries.flatMap((entry) => outboxChanges(entry));
      const value = (field: string) => rows.find((r) => r.field === field)!.value;
      expect(value('title')).toBe('周末去哪儿｜待定');
      expect(value('source_key')).toBe(`cadence:${tuesdays.id}:2026-10-06`);
      expect(value('column_id')).toBe(tuesdays.id);
      expect(value('status')).toBe('topic');
      expect(value('deleted_at')).toBeNull();
      expect(new Set(rows.map((r) => r.hlc)).size).toBe(1);
    } finally {
      sqlite.close();
    }
  });

  it('refuses a deleted column', async () => {
    const { backend, tuesdays } = await setUp();
    await backend.api.columns.remove({ id: tuesdays.id });
    const refused = await failureOf(backend.api.calendar.fillCadence({ ...october, columnIds: [tuesdays.id] }));
    expect(refused.issues).toEqual([{ path: ['columnIds'], message: 'validation.unknown.column' }]);
  });
});
