import type { Platform } from '../../src-shared/contract/accounts';
import type { Column } from '../../src-shared/contract/columns';
import type { ItemStatus, KeyDateKind } from '../../src-shared/contract/calendar';
import { keyDates } from '../db/schema';
import { addDays, daysInclusive } from '../../src-shared/domain/dates';
import { isCadenceDay } from '../../src-shared/domain/columns/cadence';
import { hasPushSlots, NO_SLOT } from '../../src-shared/domain/calendar/slots';
import { insertItem } from '../services/calendar/item-rows';
import type { ServiceContext } from '../services/context';

// The demo's content calendar: dates from a fixed start and the seeded random only, so the same
// seed gives the same plan. Small: three months for the WeChat accounts with two deliberate rule
// violations; large: five years × every account, for benchmarks.

export interface DemoAccount {
  id: string;
  platform: Platform;
  city: string;
  ownerId: string | null;
  columns: Column[];
}

/** The demo's start and its "today": before it items are published, soon after it they are in the works. */
export const DEMO_CALENDAR_START = '2026-09-01';
const SMALL_END = '2026-11-30';
const DEMO_TODAY = '2026-10-08';
const LARGE_START = '2024-09-01';
const LARGE_YEARS = 5;
/** The month the benchmarks open: about 1,000 items (other months about 550). */
export const LARGE_DENSE_MONTH = '2026-10';

const TITLES: Record<string, readonly string[]> = {
  周末去哪儿: ['周末去哪儿｜{city}秋日市集开张啦', '周末去哪儿｜露营风主题展来了', '周末去哪儿｜亲子手作课限时免费', '周末去哪儿｜宠物友好市集等你来', '周末去哪儿｜草坪音乐会攻略', '周末去哪儿｜夜市美食一条街'],
  新店速递: ['新店速递｜城市首店入驻{city}', '新店速递｜网红咖啡店试营业', '新店速递｜潮玩集合店开业福利', '新店速递｜轻食餐厅首周八折', '新店速递｜运动品牌旗舰店焕新'],
  会员福利: ['会员福利｜积分兑换好礼上新', '会员福利｜会员日停车免费 3 小时', '会员福利｜生日月双倍积分', '会员福利｜新人礼包限时领', '会员福利｜黑金会员专享折扣'],
  悦汇故事: ['悦汇故事｜凌晨四点的保洁班组', '悦汇故事｜一家老字号的第三代店主', '悦汇故事｜客服小姐姐的一天', '悦汇故事｜十年老顾客的来信'],
  美食地图: ['美食地图｜秋天第一杯奶茶测评', '美食地图｜人均 50 吃遍 B1', '美食地图｜大闸蟹季必吃清单', '美食地图｜打工人午餐指南', '美食地图｜火锅季开吃'],
  亲子时光: ['亲子时光｜周末儿童剧场排片表', '亲子时光｜科学实验小课堂报名', '亲子时光｜绘本阅读会招募小听众', '亲子时光｜萌宠互动乐园开放'],
  每周上新: ['每周上新｜秋冬外套穿搭推荐', '每周上新｜通勤包包怎么选', '每周上新｜美妆专柜新品速览', '每周上新｜运动装备上新', '每周上新｜家居香氛新品'],
  节日策划: ['节日策划｜周末主题活动预告', '节日策划｜换季购物节来啦'],
  每日早安: ['早安{city}｜今日晴，宜出门逛逛', '早安{city}｜降温了，记得加衣', '早安{city}｜新的一天，从一杯咖啡开始', '早安{city}｜小雨天，室内好去处'],
};

const TAGS: Record<string, readonly string[]> = {
  周末去哪儿: ['引流', '周末'],
  新店速递: ['新店', '引流'],
  会员福利: ['会员', '促销'],
  悦汇故事: ['品牌'],
  美食地图: ['餐饮', '探店'],
  亲子时光: ['亲子'],
  每周上新: ['上新', '穿搭'],
  节日策划: ['节日'],
  每日早安: ['日常'],
};

/** Festival pushes of the small demo (2026: 中秋 9-25, 国庆 10-01, 重阳 10-18). */
const FESTIVALS: ReadonlyArray<{ date: string; title: string; tags: string[] }> = [
  { date: '2026-09-10', title: '教师节｜凭教师证享专属礼遇', tags: ['节日', '会员'] },
  { date: '2026-09-22', title: '中秋礼盒选购指南｜悦汇月饼节', tags: ['节日', '中秋'] },
  { date: '2026-09-28', title: '国庆出游攻略｜悦汇七天乐', tags: ['节日', '国庆', '引流'] },
  { date: '2026-10-18', title: '重阳节｜陪爸妈逛悦汇', tags: ['节日'] },
  { date: '2026-11-05', title: '双11会员日提前看', tags: ['双11', '会员', '促销'] },
  { date: '2026-11-11', title: '双11狂欢｜全场满 300 减 50', tags: ['双11', '促销'] },
];

const POOL_TOPICS = ['年终盛典活动方案', '冬季限定饮品合集', '元旦跨年夜活动征集', '会员故事征集：我和悦汇的十年', '停车新规图解', '圣诞市集摊位招募', '年货节选题：老字号联名', '员工推荐的宝藏小店'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function statusFor(random: () => number, date: string, today: string): ItemStatus {
  if (date < today) return random() < 0.03 ? 'cancelled' : 'published';
  const ahead = daysInclusive(today, date);
  if (ahead <= 3) return random() < 0.7 ? 'scheduled' : 'approved';
  if (ahead <= 10) return pick(random, ['approved', 'review', 'writing'] as const);
  if (ahead <= 24) return pick(random, ['writing', 'writing', 'topic'] as const);
  return 'topic';
}

interface Planned {
  title: string;
  columnId: string | null;
  ownerId: string | null;
  tags: string[];
}

function titleOf(random: () => number, column: Column, city: string): string {
  return pick(random, TITLES[column.name] ?? [`${column.name}｜本期内容`]).replace('{city}', city || '华东');
}

/** Writes one day's push of an account: its articles in slots 1..n (no slots off WeChat). Returns how many. */
function writePush(ctx: ServiceContext, random: () => number, account: DemoAccount, date: string, articles: Planned[], today: string, firstSlot = 1): number {
  const status = statusFor(random, date, today);
  articles.forEach((a, i) => {
    insertItem(ctx, {
      accountId: account.id,
      date,
      time: account.platform.startsWith('wechat') ? '20:00' : '',
      // Only WeChat's pushes have 头条/次条; Weibo, 视频号 … plan by time.
      slot: hasPushSlots(account.platform) ? firstSlot + i : NO_SLOT,
      columnId: a.columnId,
      title: a.title,
      notes: '',
      ownerId: a.ownerId,
      dueDate: status === 'published' || status === 'cancelled' ? '' : addDays(date, -2),
      status,
      sourceKey: '',
      tags: a.tags,
    });
  });
  return articles.length;
}

function fromColumn(random: () => number, account: DemoAccount, column: Column): Planned {
  return { title: titleOf(random, column, account.city), columnId: column.id, ownerId: column.ownerId ?? account.ownerId, tags: [...(TAGS[column.name] ?? [])] };
}

/** The workspace's own key dates (重要日期) in the small demo's months. */
const KEY_DATES: ReadonlyArray<{ date: string; name: string; kind: KeyDateKind; notes: string }> = [
  { date: '2026-10-24', name: '悦汇五周年店庆', kind: 'anniversary', notes: '全场满减、会员双倍积分，提前两周预热' },
  { date: '2026-11-12', name: '冬季新品发布会', kind: 'launch', notes: '上海购物中心中庭' },
  { date: '2026-11-28', name: '圣诞市集开幕', kind: 'event', notes: '' },
];

/** Three months for the WeChat accounts, a topic pool, key dates and two violations (a second 头条 on 国庆; a 5th service push in November). */
export function fillSmallCalendar(ctx: ServiceContext, random: () => number, accounts: readonly DemoAccount[]): number {
  let count = 0;
  const pushed = new Set<string>();
  const wechat = accounts.filter((a) => a.platform === 'wechat_subscription' || a.platform === 'wechat_service');
  const festivalColumn = (a: DemoAccount) => a.columns.find((c) => c.name === '节日策划') ?? null;
  for (const account of wechat) {
    const isService = account.platform === 'wechat_service';
    for (let date = DEMO_CALENDAR_START; date <= SMALL_END; date = addDays(date, 1)) {
      let festival = FESTIVALS.find((f) => f.date === date);
      let articles: Planned[];
      if (isService) {
        // 4 pushes a month: the 8th, 18th and 28th (会员日) and the month's first festival (or the 1st).
        const month = date.slice(0, 7);
        const extra = FESTIVALS.find((f) => f.date.startsWith(month))?.date ?? `${month}-01`;
        if (![8, 18, 28].includes(Number(date.slice(8, 10))) && date !== extra) continue;
        articles = account.columns.slice(0, 2 + Math.floor(random() * 3)).map((c) => fromColumn(random, account, c));
        if (date !== extra) festival = undefined;
      } else {
        articles = account.columns.filter((c) => isCadenceDay(c.cadence, date) && random() < 0.85).map((c) => fromColumn(random, account, c));
      }
      if (festival) articles.unshift({ title: festival.title, columnId: festivalColumn(account)?.id ?? null, ownerId: account.ownerId, tags: festival.tags });
      if (articles.length) {
        count += writePush(ctx, random, account, date, articles.slice(0, 4), DEMO_TODAY);
        pushed.add(`${account.id}:${date}`);
      }
    }
  }
  // The deliberate violations, for the problems panel: a second push on 国庆 on a subscription account…
  const subscription = wechat.find((a) => a.platform === 'wechat_subscription');
  if (subscription && !pushed.has(`${subscription.id}:2026-10-01`))
    count += writePush(ctx, random, subscription, '2026-10-01', [{ title: '国庆假期营业时间公告', columnId: null, ownerId: subscription.ownerId, tags: ['国庆'] }], DEMO_TODAY);
  if (subscription)
    count += writePush(
      ctx,
      random,
      subscription,
      '2026-10-01',
      [{ title: '国庆快乐｜七天乐活动全攻略', columnId: festivalColumn(subscription)?.id ?? null, ownerId: subscription.ownerId, tags: ['国庆', '节日'] }],
      DEMO_TODAY,
    );
  // …and a 5th push in November on the service account.
  const service = wechat.find((a) => a.platform === 'wechat_service');
  if (service) count += writePush(ctx, random, service, '2026-11-11', [{ title: '双11狂欢夜｜会员专场加推', columnId: null, ownerId: service.ownerId, tags: ['双11', '促销'] }], DEMO_TODAY);
  for (const keyDate of KEY_DATES) ctx.repo.insert(keyDates, keyDate);
  POOL_TOPICS.forEach((title, i) => {
    const account = wechat[i % wechat.length];
    if (!account) return;
    insertItem(ctx, {
      accountId: account.id,
      date: '',
      time: '',
      slot: 1,
      columnId: null,
      title,
      notes: '待讨论：角度、配图和上线时间',
      ownerId: account.ownerId,
      dueDate: '',
      status: 'topic',
      sourceKey: '',
      tags: i % 2 ? ['选题'] : [],
    });
    count++;
  });
  return count;
}

/** Five years × every account: one article on about a third of the days (a service account: 4 pushes a month), one tag each. */
export function fillLargeCalendar(ctx: ServiceContext, random: () => number, accounts: readonly DemoAccount[]): { items: number; start: string; end: string } {
  const end = addDays(`${Number(LARGE_START.slice(0, 4)) + LARGE_YEARS}${LARGE_START.slice(4)}`, -1);
  const today = addDays(LARGE_START, Math.round(daysInclusive(LARGE_START, end) * 0.6));
  let items = 0;
  for (const account of accounts) {
    const isService = account.platform === 'wechat_service';
    for (let date = LARGE_START; date <= end; date = addDays(date, 1)) {
      if (isService) {
        if (![1, 8, 18, 28].includes(Number(date.slice(8, 10)))) continue;
      } else if (random() > (date.startsWith(LARGE_DENSE_MONTH) ? 0.7 : 0.35)) continue;
      const column = account.columns.find((c) => isCadenceDay(c.cadence, date)) ?? pick(random, account.columns);
      const item = fromColumn(random, account, column);
      items += writePush(ctx, random, account, date, [{ ...item, tags: item.tags.slice(0, 1) }], today);
    }
  }
  return { items, start: LARGE_START, end };
}
