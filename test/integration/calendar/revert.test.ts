import { describe, expect, it } from 'vitest';
import type { CalendarItemInput } from '../../../src-shared/contract/calendar';
import { changesBetween, createdChanges, deletedChanges } from '../../../src-shared/domain/calendar/history';
import { aMember, anAccount, failureOf, openTestBackend } from '../../helpers/backend';

// Undo and redo (issue 8): calendar.revertItems puts back only the fields that still hold the
// value the step wrote; the steps are built as the renderer's history builds them.

const october = { from: '2026-10-01', to: '2026-10-31' };

async function setUp() {
  const backend = openTestBackend();
  const sub = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', platform: 'wechat_subscription' }));
  const service = await backend.api.accounts.create(anAccount({ name: '悦汇·上海购物中心', platform: 'wechat_service' }));
  const wang = await backend.api.team.create(aMember({ name: '王敏' }));
  const news = await backend.api.columns.create({ accountId: sub.id, name: '新品速递', cadence: { kind: 'irregular' }, ownerId: null });
  const create = (fields: Partial<CalendarItemInput>) => backend.api.calendar.createItem({ accountId: sub.id, title: '国庆出游攻略', ...fields });
  const events: Array<{ domain: string; ids?: string[] }> = [];
  backend.onChange((event) => events.push(event));
  return { backend, api: backend.api, sub, service, wang, news, create, events };
}

describe('calendar.revertItems', () => {
  it('undoes a form edit but keeps a field changed since in another window, and redo writes the step again', async () => {
    const { api, create } = await setUp();
    const item = await create({ date: '2026-10-06', status: 'writing' });
    const edit = await api.calendar.editItems({ edits: [{ id: item.id, patch: { title: '国庆出游指南', status: 'review' } }] });
    const step = changesBetween(edit.before, edit.items);
    expect(step.undo).toEqual([{ id: item.id, fields: { title: { expect: '国庆出游指南', restore: '国庆出游攻略' }, status: { expect: 'review', restore: 'writing' } } }]);

    // Another window approves the draft meanwhile.
    await api.calendar.updateItem({ id: item.id, patch: { status: 'approved' } });
    const undone = await api.calendar.revertItems({ changes: step.undo });
    expect(undone.items[0]).toMatchObject({ title: '国庆出游攻略', status: 'approved' });
    expect(undone.kept).toEqual([{ id: item.id, field: 'status' }]);

    const redone = await api.calendar.revertItems({ changes: step.redo });
    expect(redone.items[0]).toMatchObject({ title: '国庆出游指南', status: 'approved' });
    expect(redone.kept).toEqual([{ id: item.id, field: 'status' }]);
  });

  it('puts tags back one by one: a tag added since elsewhere stays', async () => {
    const { api, create } = await setUp();
    const item = await create({ date: '2026-10-06', tags: ['国庆', '出游'] });
    const edit = await api.calendar.editItems({ edits: [{ id: item.id, addTags: ['亲子'], removeTags: ['出游'] }] });
    expect(edit.items[0]!.tags).toEqual(['亲子', '国庆']);
    await api.calendar.editItems({ edits: [{ id: item.id, addTags: ['周边游'] }] });

    const undone = await api.calendar.revertItems({ changes: changesBetween(edit.before, edit.items).undo });
    expect(undone.items[0]!.tags).toEqual(['出游', '周边游', '国庆'].sort());
    expect(undone.kept).toEqual([]);
  });

  it('undoes a create by deleting the item, unless it was changed since; redo brings it back', async () => {
    const { api, create } = await setUp();
    const untouched = await create({ date: '2026-10-06', title: '没人动过' });
    const edited = await create({ date: '2026-10-07', title: '别处改过' });
    await api.calendar.updateItem({ id: edited.id, patch: { ownerId: null, notes: '另一个窗口加的说明' } });

    const step = createdChanges([untouched, edited]);
    const undone = await api.calendar.revertItems({ changes: step.undo });
    expect(undone.deleted).toEqual([untouched.id]);
    expect(undone.items.map((i) => i.title)).toEqual(['别处改过']);
    expect(undone.kept).toEqual([{ id: edited.id, field: 'deleted' }]);
    expect((await api.calendar.listItems(october)).map((i) => i.title)).toEqual(['别处改过']);

    const redone = await api.calendar.revertItems({ changes: step.redo });
    expect(redone.deleted).toEqual([]);
    expect((await api.calendar.listItems(october)).map((i) => i.title)).toEqual(['没人动过', '别处改过']);
  });

  it('undoes a delete, and redo deletes again only what is as it was', async () => {
    const { api, create } = await setUp();
    const a = await create({ date: '2026-10-06', title: '甲' });
    const b = await create({ date: '2026-10-07', title: '乙' });
    await api.calendar.removeItems({ ids: [a.id, b.id] });
    const step = deletedChanges([a, b]);

    expect((await api.calendar.revertItems({ changes: step.undo })).items.map((i) => i.title)).toEqual(['甲', '乙']);
    await api.calendar.editItems({ edits: [{ id: b.id, addTags: ['保留'] }] });
    const redone = await api.calendar.revertItems({ changes: step.redo });
    expect(redone.deleted).toEqual([a.id]);
    expect(redone.kept).toEqual([{ id: b.id, field: 'deleted' }]);
  });

  it('leaves an item deleted since as it is, and an unknown item is reported kept while the rest of the step goes on', async () => {
    const { api, create } = await setUp();
    const a = await create({ date: '2026-10-06', title: '甲' });
    const b = await create({ date: '2026-10-07', title: '乙' });
    const move = await api.calendar.moveItems({ ids: [a.id, b.id], date: '2026-10-20' });
    const step = changesBetween(move.before, move.moved);
    await api.calendar.removeItems({ ids: [b.id] });

    const undone = await api.calendar.revertItems({ changes: step.undo });
    expect(undone.items.map((i) => [i.title, i.date])).toEqual([['甲', '2026-10-06']]);
    expect(undone.deleted).toEqual([b.id]);
    expect(undone.kept).toEqual([{ id: b.id, field: 'deleted' }]);

    // An item this workspace does not have (never synced here): reported as kept, the rest of the step goes on.
    const redone = await api.calendar.revertItems({ changes: [...step.redo, { id: 'missing', fields: { title: { expect: 'x', restore: 'y' } } }] });
    expect(redone.kept).toContainEqual({ id: 'missing', field: 'deleted' });
    expect((await api.calendar.listItems(october)).map((i) => i.date)).toEqual(['2026-10-20']);
  });

  it('puts back the account and the column a move to another account cleared, or keeps the column when it was deleted since', async () => {
    const { api, backend, service, news, create } = await setUp();
    const item = await create({ date: '2026-10-06', columnId: news.id });
    const move = await api.calendar.moveItems({ ids: [item.id], accountId: service.id });
    expect(move.moved[0]).toMatchObject({ accountId: service.id, columnId: null });
    const step = changesBetween(move.before, move.moved);

    const undone = await api.calendar.revertItems({ changes: step.undo });
    expect(undone.items[0]).toMatchObject({ accountId: item.accountId, columnId: news.id });
    expect(undone.kept).toEqual([]);

    await api.calendar.revertItems({ changes: step.redo });
    await backend.api.columns.remove({ id: news.id });
    const again = await api.calendar.revertItems({ changes: step.undo });
    expect(again.items[0]).toMatchObject({ accountId: item.accountId, columnId: null });
    expect(again.kept).toEqual([{ id: item.id, field: 'columnId' }]);
  });

  it('undoes a 50-item move in one transaction, one change event', async () => {
    const { api, create, events } = await setUp();
    const items = [];
    for (let i = 0; i < 50; i++) items.push(await create({ date: `2026-10-${String(1 + (i % 25)).padStart(2, '0')}`, slot: 1 + (i % 8), title: `稿件 ${i}` }));
    const move = await api.calendar.moveItems({ ids: items.map((i) => i.id), date: '2026-10-02', days: 3 });
    events.length = 0;
    const undone = await api.calendar.revertItems({ changes: changesBetween(move.before, move.moved).undo });
    expect(undone.items.map((i) => [i.date, i.slot])).toEqual(items.map((i) => [i.date, i.slot]));
    expect(events.filter((e) => e.domain === 'calendar')).toHaveLength(1);
  });
});

describe('calendar.moveItems and duplicateItems with days', () => {
  it('keeps the days between the items of a dragged selection; an item of the pool lands on the drop day', async () => {
    const { api, create } = await setUp();
    // Monday, Wednesday and Friday; dragged by Monday's onto next Tuesday: 8 days on.
    const mon = await create({ date: '2026-10-05', title: '周一' });
    const wed = await create({ date: '2026-10-07', title: '周三' });
    const fri = await create({ date: '2026-10-09', title: '周五' });
    const pooled = await create({ date: '', title: '选题库' });
    const { moved } = await api.calendar.moveItems({ ids: [mon.id, wed.id, fri.id, pooled.id], date: '2026-10-13', days: 8 });
    expect(moved.map((i) => [i.title, i.date])).toEqual([
      ['周一', '2026-10-13'],
      ['周三', '2026-10-15'],
      ['周五', '2026-10-17'],
      ['选题库', '2026-10-13'],
    ]);

    const copies = await api.calendar.duplicateItems({ ids: [mon.id, fri.id], date: '2026-10-20', days: 7 });
    expect(copies.map((i) => [i.title, i.date])).toEqual([
      ['周一', '2026-10-20'],
      ['周五', '2026-10-24'],
    ]);
    // The pool takes no shift: '' sends every item there.
    const toPool = await api.calendar.moveItems({ ids: [wed.id], date: '', days: 3 });
    expect(toPool.moved[0]!.date).toBe('');
  });
});

describe('calendar.editItems', () => {
  it('sets a status, an owner and a tag for a selection in one transaction and answers what they were', async () => {
    const { api, wang, create, events } = await setUp();
    const a = await create({ date: '2026-10-06', status: 'topic', tags: ['国庆'] });
    const b = await create({ date: '2026-10-07', status: 'writing' });
    events.length = 0;
    const edit = await api.calendar.editItems({ edits: [a, b].map((i) => ({ id: i.id, patch: { status: 'review', ownerId: wang.id }, addTags: ['重点'] })) });
    expect(edit.items.map((i) => [i.status, i.ownerId, i.tags])).toEqual([
      ['review', wang.id, ['国庆', '重点']],
      ['review', wang.id, ['重点']],
    ]);
    expect(edit.before.map((i) => [i.status, i.ownerId, i.tags])).toEqual([
      ['topic', null, ['国庆']],
      ['writing', null, []],
    ]);
    expect(events.filter((e) => e.domain === 'calendar')).toHaveLength(1);

    const refused = await failureOf(
      api.calendar.editItems({
        edits: [
          { id: a.id, patch: { status: 'approved' } },
          { id: b.id, patch: { ownerId: 'gone' } },
        ],
      }),
    );
    expect(refused.issues).toEqual([{ path: ['ownerId'], message: 'validation.unknown.member' }]);
    expect((await api.calendar.listItems(october)).map((i) => i.status)).toEqual(['review', 'review']);
  });
});
