import { describe, expect, it } from 'vitest';
import type { CalendarItem, CalendarItemInput } from '../../../src-shared/contract/calendar';
import { defaultMigrationsDir } from '../../../src-main/db/migrate';
import { fillLargeCalendar } from '../../../src-main/demo/demo-calendar';
import { seededRandom } from '../../../src-main/demo/demo';
import { openWorkspaceSession } from '../../../src-main/session/workspace-session';
import { openBackend } from '../../../src-main/session/backend';
import { anAccount, apiOf, failureOf, openTestBackend, tempDataDir } from '../../helpers/backend';

// Only WeChat official accounts send pushes of numbered articles (头条, 次条 …). Items of Weibo,
// 视频号, 抖音, 小红书 and 社群 accounts carry slot 0 and plan by time, whatever a caller sends.

const october = { from: '2026-10-01', to: '2026-10-31' };
const DAY = '2026-10-06';

async function setUp() {
  const backend = openTestBackend();
  const sub = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', platform: 'wechat_subscription' }));
  const weibo = await backend.api.accounts.create(anAccount({ name: '悦汇华东', handle: 'yuehuihuadong', platform: 'weibo' }));
  const create = (fields: Partial<CalendarItemInput> & { title: string }) => backend.api.calendar.createItem({ accountId: sub.id, date: DAY, ...fields });
  /** The sub's 头条 of the day, so an item arriving there takes 次条. */
  const lead = () => create({ slot: 1, title: '订阅号头条' });
  return { backend, sub, weibo, create, lead };
}

const slots = (items: CalendarItem[]) => items.map((i) => [i.title, i.slot]);

describe('items of platforms without pushes', () => {
  it('are created without a slot, whatever slot is sent; a WeChat item sent without one takes its push’s free slot', async () => {
    const { weibo, create, lead } = await setUp();
    expect((await create({ accountId: weibo.id, slot: 2, title: '微博次条？' })).slot).toBe(0);
    expect((await create({ accountId: weibo.id, date: '', slot: 1, title: '微博选题' })).slot).toBe(0);
    await lead();
    expect((await create({ slot: 0, title: '没说位置的订阅号稿' })).slot).toBe(2);
    expect((await create({ date: '', slot: 0, title: '没说位置的选题' })).slot).toBe(1);
  });

  it('lose their slot when moved to Weibo by an edit and get a free one when moved back to a 订阅号', async () => {
    const { backend, sub, weibo, create, lead } = await setUp();
    await lead();
    const item = await create({ slot: 3, title: '换账号的稿件' });
    const edit = async (patch: Partial<CalendarItemInput>) => (await backend.api.calendar.updateItem({ id: item.id, patch })).slot;
    expect(await edit({ accountId: weibo.id })).toBe(0);
    expect(await edit({ slot: 1, title: '微博上改了标题' })).toBe(0);
    expect(await edit({ accountId: sub.id })).toBe(2); // 头条 is taken: the first free slot
    // Sent with a slot, the edit keeps it (the drawer warns when it is taken).
    expect(await edit({ accountId: weibo.id })).toBe(0);
    expect(await edit({ accountId: sub.id, slot: 4 })).toBe(4);
  });

  it('move, copy and undo onto another account with the slots of its platform', async () => {
    const { backend, sub, weibo, create, lead } = await setUp();
    await lead();
    const post = await create({ accountId: weibo.id, title: '微博稿' });
    const article = await create({ date: '2026-10-07', slot: 1, title: '订阅号稿' });

    const moved = await backend.api.calendar.moveItems({ ids: [post.id, article.id], date: DAY, accountId: sub.id });
    expect(slots(moved.moved)).toEqual([
      ['微博稿', 2],
      ['订阅号稿', 3],
    ]);
    const undone = await backend.api.calendar.placeItems({ placements: moved.before });
    expect(slots(undone)).toEqual([
      ['微博稿', 0],
      ['订阅号稿', 1],
    ]);
    const toWeibo = await backend.api.calendar.moveItems({ ids: [article.id], accountId: weibo.id });
    expect(toWeibo.moved[0]!.slot).toBe(0);
    // A placement is normalised too: a Weibo item never holds a slot, a WeChat one never holds 0.
    expect((await backend.api.calendar.placeItems({ placements: [{ ...toWeibo.before[0]!, accountId: weibo.id, slot: 1 }] }))[0]!.slot).toBe(0);
    expect((await backend.api.calendar.placeItems({ placements: [{ ...toWeibo.before[0]!, date: DAY, slot: 0 }] }))[0]!.slot).toBe(2);

    const copies = await backend.api.calendar.duplicateItems({ ids: [post.id], accountId: sub.id, date: DAY });
    expect(copies[0]!.slot).toBe(3);
    expect((await backend.api.calendar.duplicateItems({ ids: [copies[0]!.id], accountId: weibo.id }))[0]!.slot).toBe(0);
  });

  it('have no push order to set: reorderSlots refuses a Weibo account with a clear message', async () => {
    const { backend, weibo, create } = await setUp();
    const a = await create({ accountId: weibo.id, title: '微博一' });
    const b = await create({ accountId: weibo.id, title: '微博二' });
    const refused = await failureOf(backend.api.calendar.reorderSlots({ accountId: weibo.id, date: DAY, ids: [b.id, a.id] }));
    expect(refused).toMatchObject({ code: 'validation', issues: [{ path: ['accountId'], message: 'validation.platformLimits.noPushSlots' }] });
    expect(slots(await backend.api.calendar.listItems({ ...october, accountIds: [weibo.id] }))).toEqual([
      ['微博一', 0],
      ['微博二', 0],
    ]);
  });

  it('raise no push-rule problem however many there are on a day', async () => {
    const { backend, weibo, create } = await setUp();
    for (let i = 0; i < 10; i++) await create({ accountId: weibo.id, title: `微博第${i + 1}条` });
    expect(await backend.api.calendar.problems(october)).toEqual([]);
  });

  it('follow a change of the account’s platform: a Weibo account made a 订阅号 gets each day’s push in order of time', async () => {
    const { backend, weibo, create } = await setUp();
    await create({ accountId: weibo.id, time: '20:00', title: '晚上' });
    await create({ accountId: weibo.id, time: '08:00', title: '早上' });
    await create({ accountId: weibo.id, date: '2026-10-07', title: '第二天' });
    await backend.api.accounts.update({ id: weibo.id, patch: { platform: 'wechat_subscription' } });
    expect(slots(await backend.api.calendar.listItems({ ...october, accountIds: [weibo.id] }))).toEqual([
      ['早上', 1],
      ['晚上', 2],
      ['第二天', 1],
    ]);
    await backend.api.accounts.update({ id: weibo.id, patch: { platform: 'xiaohongshu' } });
    expect((await backend.api.calendar.listItems({ ...october, accountIds: [weibo.id] })).map((i) => i.slot)).toEqual([0, 0, 0]);
  });
});

describe('cadence placeholders of platforms without pushes', () => {
  it('have no slot, take none from a WeChat push and count toward no push limit', async () => {
    const { backend, sub, weibo } = await setUp();
    const daily = { kind: 'daily' as const };
    const weiboColumn = await backend.api.columns.create({ accountId: weibo.id, name: '每日早安', cadence: daily, ownerId: null });
    const subColumn = await backend.api.columns.create({ accountId: sub.id, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [2] }, ownerId: null });
    const channels = await backend.api.accounts.create(anAccount({ name: '悦汇·上海购物中心', platform: 'channels' }));
    const channelsColumn = await backend.api.columns.create({ accountId: channels.id, name: '探店短视频', cadence: daily, ownerId: null });
    const input = { ...october, columnIds: [weiboColumn.id, subColumn.id, channelsColumn.id] };

    const preview = await backend.api.calendar.previewCadence(input);
    expect(preview.placeholders).toHaveLength(31 + 4 + 31);
    expect(preview.problems).toEqual([]);
    const created = await backend.api.calendar.fillCadence(input);
    expect(created.filter((i) => i.accountId === weibo.id || i.accountId === channels.id).every((i) => i.slot === 0)).toBe(true);
    expect(created.filter((i) => i.accountId === sub.id).map((i) => i.slot)).toEqual([1, 1, 1, 1]);
    expect(await backend.api.calendar.problems(october)).toEqual([]);
  });
});

describe('the large demo', () => {
  it('writes its Weibo and other non-WeChat rows without 头条', async () => {
    const dataDir = tempDataDir();
    const first = openBackend({ dataDir });
    const api = apiOf(first);
    const sub = await api.accounts.create(anAccount({ platform: 'wechat_subscription' }));
    const weibo = await api.accounts.create(anAccount({ name: '悦汇华东', platform: 'weibo' }));
    const columnOf = (accountId: string) => api.columns.create({ accountId, name: '每周上新', cadence: { kind: 'weekly', weekdays: [2] }, ownerId: null });
    const planned = [
      { id: sub.id, platform: sub.platform, city: '上海', ownerId: null, columns: [await columnOf(sub.id)] },
      { id: weibo.id, platform: weibo.platform, city: '', ownerId: null, columns: [await columnOf(weibo.id)] },
    ];
    first.close();
    const session = openWorkspaceSession(dataDir, defaultMigrationsDir(), 'test');
    try {
      expect(fillLargeCalendar(session.ctx, seededRandom(7), planned, '2026-06-15').items).toBeGreaterThan(500);
    } finally {
      session.close();
    }
    const written = await openTestBackend({ dataDir }).api.calendar.listItems({ from: '2026-01-01', to: '2026-12-31' });
    const slotsOf = (accountId: string) => new Set(written.filter((i) => i.accountId === accountId).map((i) => i.slot));
    expect(written.filter((i) => i.accountId === weibo.id).length).toBeGreaterThan(50);
    expect(slotsOf(weibo.id)).toEqual(new Set([0]));
    expect(slotsOf(sub.id)).toEqual(new Set([1]));
  });
});
