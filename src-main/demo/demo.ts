import type { AccountInput, Platform } from '../../src-shared/contract/accounts';
import { frequencyOverLimit, type Frequency } from '../../src-shared/domain/accounts/frequency';
import type { Cadence } from '../../src-shared/domain/columns/cadence';
import type { MenuTopItem } from '../../src-shared/contract/menus';
import type { Role } from '../../src-shared/contract/team';
import { localDate } from '../../src-shared/domain/dates';
import { createAccountsService } from '../services/accounts/accounts-service';
import { createColumnsService } from '../services/columns/columns-service';
import type { ServiceContext } from '../services/context';
import { SYNCED_TABLES } from '../db/table-registry';
import { fillDemoArticles } from './demo-articles';
import { fillDemoBenchmarks, type DemoBenchmarksSummary, type OwnAccount } from './demo-benchmarks';
import { fillLargeCalendar, fillSmallCalendar, smallDemoRange } from './demo-calendar';
import { fillDemoOperations, type DemoOperationsSummary } from './demo-operations';
import { fillDemoPlan } from './demo-plan';
import { DEMO_ACCOUNTS, DEMO_CITIES, DEMO_COLUMNS, DEMO_GIVEN_NAMES, DEMO_MEMBERS, DEMO_SURNAMES, DEMO_WORKSPACE } from './demo-recipe';
import { createMenusService } from '../services/menus/menus-service';
import { createTeamService } from '../services/team/team-service';
import { createWorkspaceService } from '../services/workspace/workspace-service';
import { seedStarterLibrary } from '../services/library/library-service';

export type DemoScale = 'small' | 'large';
export interface DemoOptions {
  scale: DemoScale;
  seed: number;
  /** Over a workspace that holds data: replace it (after a backup) instead of refusing. */
  replace?: boolean;
  /** 'YYYY-MM-DD' the calendar lives around (default: this device's today); tests and screenshots set it. */
  today?: string;
}
export interface DemoSummary extends DemoBenchmarksSummary, DemoOperationsSummary {
  accounts: number;
  columns: number;
  members: number;
  calendarItems: number;
}

export const LARGE = { accounts: 50, columnsPerAccount: 6, members: 40 };

/** mulberry32: a small seeded generator, so the same seed always gives the same workspace. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function largeMembers(random: () => number) {
  return Array.from({ length: LARGE.members }, (_, i) => {
    const base = DEMO_MEMBERS[i % DEMO_MEMBERS.length]!;
    return { ...base, name: `${pick(random, DEMO_SURNAMES)}${pick(random, DEMO_GIVEN_NAMES)}`, contact: `1${String(3800000000 + i * 7919).slice(0, 10)}` };
  });
}

/** The frequency picked, or 每周 where the platform cannot keep it (a 服务号 pushes at most 4 times a month). */
function frequencyFor(platform: Platform, frequency: Frequency): Frequency {
  return frequencyOverLimit(platform, frequency) === undefined ? frequency : 'weekly';
}

export function largeAccounts(random: () => number): Array<Omit<AccountInput, 'ownerId'>> {
  const platforms: Platform[] = ['wechat_subscription', 'wechat_service', 'wechat_subscription', 'weibo', 'channels', 'douyin', 'xiaohongshu', 'wecom_group'];
  const lines = ['购物中心', '奥莱', '酒店', '影城', '超市', '美食街', '公寓'];
  return Array.from({ length: LARGE.accounts }, (_, i) => {
    const city = DEMO_CITIES[i % DEMO_CITIES.length]!;
    const businessLine = pick(random, lines);
    const follows = random() > 0.15;
    return {
      platform: platforms[i % platforms.length]!,
      name: follows ? `${DEMO_WORKSPACE.brand}·${city}${businessLine}` : `${city}${DEMO_WORKSPACE.brand}${businessLine}${i}`,
      handle: `yuehui_${i}`,
      purpose: pick(random, ['brand', 'sales', 'mixed'] as const),
      businessLine,
      city,
      followers: Math.round(2000 + random() * 280000),
      verified: random() > 0.3,
      updateFrequency: frequencyFor(platforms[i % platforms.length]!, pick(random, ['daily', 'several_weekly', 'weekly', 'biweekly'] as const)),
      qrPlacement: '门店收银台台卡',
      notes: '',
    };
  });
}

function menuFor(columnIds: string[], columnNames: string[]): MenuTopItem[] {
  return [
    {
      name: '会员中心',
      action: { kind: 'none' },
      children: [
        { name: '会员卡', action: { kind: 'url', url: 'https://m.yuehui-demo.cn/member' }, children: [] },
        { name: '积分商城', action: { kind: 'url', url: 'https://m.yuehui-demo.cn/points' }, children: [] },
        { name: '停车缴费', action: { kind: 'url', url: 'https://m.yuehui-demo.cn/parking' }, children: [] },
      ],
    },
    {
      name: '精彩内容',
      action: { kind: 'none' },
      children: columnIds.slice(0, 4).map((columnId, i) => ({ name: columnNames[i]!.slice(0, 8), action: { kind: 'column' as const, columnId }, children: [] })),
    },
    { name: '联系我们', action: { kind: 'reply', text: '客服热线 400-820-6688（每天 10:00–22:00），或直接在对话框留言，我们会尽快回复。' }, children: [] },
  ];
}

/**
 * Writes the demo workspace 华东分公司 through the services (so every row is sync-ready), in one
 * transaction: the same seed and the same today always give the same data.
 */
export function fillDemoWorkspace(ctx: ServiceContext, options: DemoOptions): DemoSummary {
  const random = seededRandom(options.seed);
  const team = createTeamService(ctx);
  const accountsService = createAccountsService(ctx);
  const columnsService = createColumnsService(ctx);
  const menus = createMenusService(ctx);
  const large = options.scale === 'large';
  let columnCount = 0;
  return ctx.repo.transaction(() => {
    createWorkspaceService(ctx).update(DEMO_WORKSPACE);
    seedStarterLibrary(ctx, { revive: true });
    const memberInputs = large ? largeMembers(random) : DEMO_MEMBERS;
    const members = memberInputs.map((m) => team.create({ ...m, roles: [...m.roles] as Role[], kpis: m.kpis.map((k) => ({ ...k })) }));
    const ownerFor = (i: number) => members[i % members.length]!.id;
    const accountInputs = large ? largeAccounts(random) : DEMO_ACCOUNTS;
    const planned: OwnAccount[] = [];
    accountInputs.forEach((input, i) => {
      const account = accountsService.create({ ...input, ownerId: ownerFor(i) });
      const wanted = large ? LARGE.columnsPerAccount : input.platform.startsWith('wechat') ? 5 : 2;
      const picked = Array.from({ length: wanted }, (_, k) => DEMO_COLUMNS[(i * 3 + k) % DEMO_COLUMNS.length]!);
      const created = picked.map((c, k) => columnsService.create({ accountId: account.id, name: c.name, purpose: c.purpose, cadence: c.cadence as Cadence, ownerId: ownerFor(i + k + 1) }));
      columnCount += created.length;
      planned.push({ id: account.id, name: account.name, platform: input.platform, city: input.city ?? '', ownerId: account.ownerId, followers: input.followers ?? 0, columns: created });
      if (input.platform.startsWith('wechat'))
        menus.save({
          accountId: account.id,
          items: menuFor(
            created.map((c) => c.id),
            created.map((c) => c.name),
          ),
        });
    });
    const today = options.today ?? localDate(new Date());
    const calendar = large ? fillLargeCalendar(ctx, random, planned, today) : { items: fillSmallCalendar(ctx, random, planned, today), ...smallDemoRange(today) };
    // Articles only in the small demo: the large one is the calendar's bench.
    if (!large) fillDemoArticles(ctx, today);
    // The benchmarks draw from their own stream, so the calendar stays as it was for a seed.
    const benchmarks = fillDemoBenchmarks(ctx, seededRandom(options.seed ^ 0x0be7c4), planned, {
      today,
      large,
      calendarFrom: calendar.start,
      memberIds: members.map((m) => m.id),
    });
    // Activities, costs, work log, concerns and community: a stream of their own too, after the calendar and articles they link to.
    const operations = fillDemoOperations(ctx, seededRandom(options.seed ^ 0xac7121), {
      today,
      large,
      members,
      memberInputs,
      accounts: planned,
      range: { from: calendar.start, to: calendar.end },
      cities: DEMO_CITIES,
    });
    // The plan reads everything above: it comes last.
    fillDemoPlan(ctx, today);
    return { accounts: accountInputs.length, columns: columnCount, members: members.length, calendarItems: calendar.items, ...benchmarks, ...operations };
  });
}

/** Whether the workspace holds anything: a profile or any live synced row. */
export function holdsData(ctx: ServiceContext): boolean {
  return SYNCED_TABLES.some((meta) => ctx.sqlite.prepare(`SELECT 1 FROM "${meta.name}" WHERE deleted_at IS NULL LIMIT 1`).get() !== undefined);
}

/** Tombstones every live synced row but the workspace profile (which the demo overwrites), so an undo by restore brings all back. */
export function clearWorkspace(ctx: ServiceContext): void {
  ctx.repo.transaction(() => {
    for (const meta of SYNCED_TABLES) {
      if (meta.name === 'workspace') continue;
      for (const { id } of ctx.sqlite.prepare(`SELECT id FROM "${meta.name}" WHERE deleted_at IS NULL`).all() as Array<{ id: string }>) ctx.repo.tombstone(meta.table, id);
    }
  });
}
