import { describe, expect, it } from 'vitest';
import type { CalendarItem, CalendarItemInput } from '../../../src-shared/contract/calendar';
import { aMember, anAccount, failureOf, openTestBackend } from '../../helpers/backend';

const TODAY = '2026-10-08';

async function setUp() {
  const backend = openTestBackend();
  const sub = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', platform: 'wechat_subscription' }));
  const wang = await backend.api.team.create(aMember({ name: '王晓雯' }));
  const li = await backend.api.team.create(aMember({ name: '李想' }));
  const weekend = await backend.api.columns.create({ accountId: sub.id, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [5] }, ownerId: wang.id });
  const create = (fields: Partial<CalendarItemInput>) => backend.api.calendar.createItem({ accountId: sub.id, title: '国庆出游攻略', ...fields });
  const titles = (items: CalendarItem[]) => items.map((i) => i.title);
  return { backend, sub, wang, li, weekend, create, titles };
}

describe('overdue drafts (逾期稿件)', () => {
  it('are measured against the due date when one is set, and against the date only when none is', async () => {
    const { backend, create, titles } = await setUp();
    // Due date set: it alone decides, whatever the push date.
    await create({ date: '2026-10-06', dueDate: '2026-10-12', status: 'writing', title: '推送日已过、截稿未到' });
    await create({ date: '2026-10-20', dueDate: '2026-10-05', status: 'writing', title: '截稿已过、推送未到' });
    await create({ date: '2026-10-06', dueDate: TODAY, status: 'review', title: '今天截稿' });
    // No due date: the date is the deadline (a pool topic without either has none).
    await create({ date: '2026-10-07', status: 'topic', title: '无截稿、推送日已过' });
    await create({ date: TODAY, status: 'topic', title: '无截稿、今天推送' });
    await create({ status: 'topic', title: '选题库里的点子' });

    const { overdue, overdueTotal } = await backend.api.calendar.attention({ today: TODAY });
    expect(titles(overdue)).toEqual(['截稿已过、推送未到', '无截稿、推送日已过']);
    expect(overdueTotal).toBe(2);
  });
});

describe('a new item in a column', () => {
  it("takes the column's owner when the owner is left out, and keeps an owner given or refused", async () => {
    const { backend, weekend, li, wang, create } = await setUp();
    expect((await create({ date: '2026-10-09', columnId: weekend.id })).ownerId).toBe(wang.id);
    expect((await create({ date: '2026-10-09', columnId: weekend.id, ownerId: li.id, slot: 2 })).ownerId).toBe(li.id);
    expect((await create({ date: '2026-10-09', columnId: weekend.id, ownerId: null, slot: 3 })).ownerId).toBeNull();
    expect((await create({ date: '2026-10-10' })).ownerId).toBeNull();
    const ownerless = await backend.api.columns.create({ accountId: weekend.accountId, name: '会员福利', cadence: { kind: 'irregular' }, ownerId: null });
    expect((await create({ date: '2026-10-11', columnId: ownerless.id })).ownerId).toBeNull();
  });

  it("falls back to the account's 负责人 when neither the item nor its column names one", async () => {
    const { backend, sub, li, create } = await setUp();
    await backend.api.accounts.update({ id: sub.id, patch: { ownerId: li.id } });
    expect((await create({ date: '2026-10-12' })).ownerId).toBe(li.id);
    expect((await create({ date: '2026-10-12', ownerId: null, slot: 2 })).ownerId).toBeNull();
  });
});

describe('editItems', () => {
  it('refuses two edits of one item (one would lose the other’s tags) and writes nothing', async () => {
    const { backend, create } = await setUp();
    const item = await create({ date: '2026-10-12' });
    const failure = await failureOf(
      backend.api.calendar.editItems({
        edits: [
          { id: item.id, addTags: ['甲'] },
          { id: item.id, addTags: ['乙'] },
        ],
      }),
    );
    expect(failure.code).toBe('validation');
    expect((await backend.api.calendar.listItems({ from: '2026-10-12', to: '2026-10-12' }))[0]?.tags).toEqual([]);
  });
});
