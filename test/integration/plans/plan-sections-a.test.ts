import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src-shared/contract/plans';
import type { DocModel } from '../../../src-shared/contract/doc-model';
import { DocModel as DocModelSchema } from '../../../src-shared/contract/doc-model';
import { activityFigures } from '../../../src-shared/domain/activities/roi';
import { figuresFromPosts, wciInputOf } from '../../../src-shared/domain/benchmarks/figures';
import { computeWci } from '../../../src-shared/domain/benchmarks/wci';
import { parsePlanPeriod, templateSections, type PlanSectionKey } from '../../../src-shared/domain/plans/plan-sections';
import { defaultMigrationsDir } from '../../../src-main/db/migrate';
import { gatherActivities } from '../../../src-main/services/plans/facts/activities';
import { gatherCompetitors } from '../../../src-main/services/plans/facts/competitors';
import { planDocument } from '../../../src-main/services/plans/plan-document';
import { openBackend } from '../../../src-main/session/backend';
import { openWorkspaceReader } from '../../../src-main/session/workspace-session';
import { aMember, anAccount, apiOf, tempDataDir } from '../../helpers/backend';
import { sectionOf, tableRows } from '../../unit/docs/plan-compose-fixtures';

// Sections 1–4 of the plan from a real workspace: data entered through the API, then the plan's
// document composed from the same file (read-only, as the export reads it).

const closers: Array<() => void> = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

/** A workspace filled by `fill` through the API, then opened for reading. */
async function workspace(fill: (api: ReturnType<typeof apiOf>, backend: ReturnType<typeof openBackend>) => Promise<void> | void) {
  const dataDir = tempDataDir();
  const backend = openBackend({ dataDir });
  try {
    await fill(apiOf(backend), backend);
  } finally {
    backend.close();
  }
  const reader = openWorkspaceReader(dataDir, defaultMigrationsDir());
  closers.push(() => reader.close());
  return reader.ctx;
}

function aPlan(period: string, keys: PlanSectionKey[] = templateSections('full')): Plan {
  const { kind, start, end } = parsePlanPeriod(period)!;
  return {
    id: 'plan-1',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    title: '',
    author: '周婷',
    periodKind: kind,
    periodStart: start,
    periodEnd: end,
    template: 'full',
    assumptions: { monthlyNetGrowth: null, perActivityNewFollowers: null, retentionPct: null, valuePerFollowerFen: null },
    sections: templateSections('full').map((key) => ({ key, hidden: !keys.includes(key), note: null })),
  };
}

const options = { locale: 'zh-CN' as const, today: '2026-12-02', company: { name: '悦汇商业管理有限公司华东分公司', shortName: '悦汇华东' } };
const textsOf = (model: DocModel, title: string) => sectionOf(model, title).map((b) => JSON.stringify(b));

// The plan is for 2026Q3, over by now, so its figures are September's whatever day the test runs.
const septemberPosts = (accountId: string, reads: number[]) =>
  reads.map((r, i) => ({
    accountId,
    publishedAt: `2026-09-${String(i + 1).padStart(2, '0')} 20:00`,
    position: 1,
    title: `第${i + 1}篇`,
    reads: r,
    zaikan: Math.round(r / 50),
    likes: Math.round(r / 40),
    shares: Math.round(r / 30),
  }));

describe('sections 1–4 of the plan, from a workspace', () => {
  it('fills each section with the figures the user checks: the WCI, the ROI, the top concerns', async () => {
    let activityRoi: number | null = null;
    const ctx = await workspace(async (api) => {
      const own = await api.accounts.create(anAccount({ name: '悦汇·苏州购物中心🎉', platform: 'wechat_service', purpose: 'sales', followers: 52_000, notes: '会员卡与停车入口' }));
      await api.columns.create({ accountId: own.id, name: '会员福利', purpose: '', cadence: { kind: 'weekly', weekdays: [3] }, ownerId: null });
      const peer = await api.benchmarks.createPeer({ platform: 'wechat_subscription', name: '星河城生活', ownerCompany: '杭州星河商业发展有限公司' });
      await api.benchmarks.createLearning({ peerId: peer.id, kind: 'copy', text: '标题多用具体数字' });
      await api.benchmarks.createLearning({ peerId: peer.id, kind: 'column', text: '固定栏目“周五去哪玩”', link: 'https://mp.weixin.qq.com/s/x' });
      await api.benchmarks.savePosts({ rows: [...septemberPosts(peer.id, [12_000, 8000, 15_000]), ...septemberPosts(own.id, [3000, 4200])] });

      const member = await api.team.create(aMember({ name: '刘芳' }));
      const done = await api.activities.create({
        name: '粉丝见面会',
        purpose: 'engagement',
        status: 'done',
        phases: [{ phase: 'main', startDate: '2026-05-10', endDate: '2026-05-12', notes: '' }],
        participants: 346,
        newFollowers: 420,
        unfollows: 25,
        conversions: 61,
        revenueFen: 1_385_000,
        lessons: '预约码核销率 78%\n直播回放剪成短视频',
        accountIds: [own.id],
      });
      await api.costs.create({ activityId: done.id, date: '2026-05-01', category: 'prizes', name: '签售礼品', unitFen: 4500, quantity: 100, importance: 'important' });
      activityRoi = (await api.activities.get({ id: done.id })).figures.roi;
      const planned = await api.activities.create({
        name: '中秋会员日',
        purpose: 'conversion',
        status: 'planned',
        ownerId: member.id,
        goal: '到店核销 500 张券',
        reachChannels: ['推文', '社群'],
        phases: [{ phase: 'main', startDate: '2026-09-15', endDate: '2026-09-17', notes: '' }],
        accountIds: [own.id],
      });
      await api.costs.create({ activityId: planned.id, date: '2026-09-01', category: 'ads', name: '朋友圈广告', unitFen: 200_000, quantity: 1, importance: 'important', department: '市场部' });
      // Cancelled and too old: neither past nor planned.
      await api.activities.create({ name: '取消的活动', purpose: 'fission', status: 'cancelled', phases: [{ phase: 'main', startDate: '2026-05-01', endDate: '2026-05-02', notes: '' }] });
      await api.activities.create({ name: '前年的活动', purpose: 'fission', status: 'done', phases: [{ phase: 'main', startDate: '2025-03-01', endDate: '2025-03-02', notes: '' }] });

      await api.concerns.create({ topic: '停车怎么收费', category: 'price', frequency: 86, notes: '停车说明放进菜单' });
      await api.concerns.create({ topic: '会员积分怎么用', category: 'service', frequency: 64, notes: '长'.repeat(2000) });
      await api.concerns.create({ topic: '已经解决的问题', category: 'other', frequency: 999, status: 'closed' });
    });

    const plan = aPlan('2026Q3');
    const model = planDocument(ctx, plan, options);
    expect(DocModelSchema.safeParse(model).success).toBe(true);
    expect(model.meta.title).toBe('悦汇华东新媒体运营方案（2026年第三季度）');

    // 1: the peer's WCI is gsdata's formula over its September articles.
    const peerWci = computeWci(wciInputOf({ kind: 'month', start: '2026-09-01' }, { followers: null, ...figuresFromPosts(septemberPosts('x', [12_000, 8000, 15_000])) })!).wci;
    const competitors = gatherCompetitors(ctx, { kind: 'quarter', start: plan.periodStart, end: plan.periodEnd });
    expect(competitors.month).toEqual({ start: '2026-09-01', end: '2026-09-30' });
    expect(competitors.rows.find((r) => r.name === '星河城生活')!.wci).toBeCloseTo(peerWci, 9);
    const section1 = sectionOf(model, '竞品分析');
    expect(tableRows(section1, 'WCI')).toEqual([
      ['星河城生活', '—', '3', '3.5万', '1.2万', '1.2万', peerWci.toFixed(2), '1'],
      ['悦汇·苏州购物中心🎉（自有）', '—', '2', '7,200', '3,600', '3,600', expect.any(String), '2'],
    ]);
    expect(textsOf(model, '竞品分析').join()).toContain('下表为2026年9月');
    expect(textsOf(model, '竞品分析').join()).toContain('栏目：固定栏目“周五去哪玩”');

    // 2: the register, the column, the notes and the standing against the peer.
    const section2 = textsOf(model, '公众号能为悦汇华东带来的价值').join();
    expect(tableRows(sectionOf(model, '带来的价值'), '类型')).toEqual([['悦汇·苏州购物中心🎉', '微信公众号', '服务号', '销售型', '已认证', '5.2万', '购物中心']]);
    expect(section2).toContain('悦汇·苏州购物中心🎉（服务号）：栏目有会员福利');
    expect(section2).toContain('悦汇·苏州购物中心🎉（服务号）：会员卡与停车入口');
    expect(section2).toContain('在 2 个账号中排第 2；篇均阅读 3,600，排第 2');

    // 3: the done activity's ROI as the activities screen shows it, which is roi.ts's.
    const roi = activityFigures({ budgetFen: 450_000, paidFen: 0, minutes: 0, peopleFen: 0, revenueFen: 1_385_000, newFollowers: 420, valuePerFollowerFen: 0, unfollows: 25 }).roi!;
    expect(activityRoi).toBeCloseTo(roi, 12);
    expect(gatherActivities(ctx, { kind: 'quarter', start: plan.periodStart, end: plan.periodEnd }).past[0]!.figures.roi).toBeCloseTo(roi, 12);
    const section3 = sectionOf(model, '三、活动');
    expect(tableRows(section3, '转化')).toEqual([['粉丝见面会', '5月10日—5月12日', '346', '420', '94%', '61']]);
    expect(tableRows(section3, 'ROI')).toEqual([['粉丝见面会', '4,500.00', '0.00', '4,500.00', '13,850.00', `${(roi * 100).toFixed(1)}%`]]);
    expect(tableRows(section3, '需协助部门')).toEqual([
      ['中秋会员日', '转化', '正式：9月15日—9月17日', '刘芳', '2,000.00', '市场部'],
      ['预算合计', '', '', '', '2,000.00', ''],
    ]);
    expect(textsOf(model, '三、活动').join()).not.toMatch(/取消的活动|前年的活动/);

    // 4: open concerns only, most asked first, with the operator's notes as they are.
    expect(tableRows(sectionOf(model, '客户最关心的问题'), '次数')).toEqual([
      ['1', '停车怎么收费', '价格', '86', '新发现', '停车说明放进菜单'],
      ['2', '会员积分怎么用', '服务', '64', '新发现', '长'.repeat(2000)],
    ]);
  });

  it('lists the 20 peers with the best WCI and says how many there are', async () => {
    const ctx = await workspace(async (api) => {
      const peers = await Promise.all(Array.from({ length: 22 }, (_, i) => api.benchmarks.createPeer({ platform: 'wechat_subscription', name: `同行${String(i + 1).padStart(2, '0')}` })));
      await api.benchmarks.savePosts({ rows: peers.flatMap((peer, i) => septemberPosts(peer.id, [1000 * (i + 1)])) });
    });
    const facts = gatherCompetitors(ctx, parsePlanPeriod('2026Q3')!);
    expect(facts.peers).toBe(22);
    expect(facts.rows.map((r) => r.name)).toEqual(Array.from({ length: 20 }, (_, i) => `同行${String(22 - i).padStart(2, '0')}`));
    expect(
      sectionOf(planDocument(ctx, aPlan('2026Q3', ['competitors']), options), '竞品分析')
        .map((b) => JSON.stringify(b))
        .join(),
    ).toContain('同行共 22 个，表中只列 WCI 最高的 20 个。');
  });

  it('says 暂无数据 in every section of an empty workspace and leaves hidden sections out', async () => {
    const ctx = await workspace(() => undefined);
    const model = planDocument(ctx, aPlan('2027Q1', ['competitors', 'value', 'activities', 'concerns']), options);
    expect(DocModelSchema.safeParse(model).success).toBe(true);
    const headings = model.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['一、竞品分析', '二、公众号能为悦汇华东带来的价值', '三、活动', '四、客户最关心的问题']);
    for (const title of headings) expect(sectionOf(model, title)).toEqual([{ kind: 'paragraph', runs: [{ text: '暂无数据' }], style: 'empty' }]);
  });

  it("composes the demo's plan: peers ranked as the benchmarks screen ranks them, past and planned activities, concerns", { timeout: 120_000 }, async () => {
    let ranking: Awaited<ReturnType<ReturnType<typeof apiOf>['benchmarks']['ranking']>> | null = null;
    const ctx = await workspace(async (api, backend) => {
      backend.loadDemo({ scale: 'small', seed: 1, today: '2026-12-02' });
      ranking = await api.benchmarks.ranking({ period: { kind: 'month', start: '2026-11-01' } });
    });
    // The next quarter's plan, written in its last weeks: the figures are of the last month that has ended.
    const model = planDocument(ctx, aPlan('2027Q1'), options);
    expect(DocModelSchema.safeParse(model).success).toBe(true);
    const facts = gatherCompetitors(ctx, { kind: 'quarter', start: '2027-01-01', end: '2027-03-31' }, '2026-12-02');
    expect(facts.month?.start).toBe('2026-11-01');
    const peers = ranking!.rows.filter((r) => r.account.kind === 'peer');
    expect(peers.length).toBeGreaterThan(3);
    for (const peer of peers) expect(facts.rows.find((r) => r.name === peer.account.name)!.wci).toBe(peer.wci?.wci ?? null);
    expect(tableRows(sectionOf(model, '竞品分析'), 'WCI').length).toBeGreaterThanOrEqual(peers.length);
    expect(tableRows(sectionOf(model, '三、活动'), 'ROI').length).toBeGreaterThan(0);
    expect(tableRows(sectionOf(model, '三、活动'), '需协助部门').length).toBeGreaterThan(1);
    expect(tableRows(sectionOf(model, '客户最关心的问题'), '次数').length).toBeGreaterThan(0);
  });
});
