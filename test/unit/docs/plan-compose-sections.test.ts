import { describe, expect, it } from 'vitest';
import { composePlan } from '../../../src-docs/plan/compose-plan';
import type { ActivitiesFacts } from '../../../src-docs/plan/sections/activities';
import type { BenchmarkRow, CompetitorsFacts } from '../../../src-docs/plan/sections/competitors';
import type { ConcernsFacts } from '../../../src-docs/plan/sections/concerns';
import type { ValueFacts } from '../../../src-docs/plan/sections/value';
import type { PlanSectionKey } from '../../../src-shared/domain/plans/plan-sections';
import { activityFigures } from '../../../src-shared/domain/activities/roi';
import type { PlanSectionFacts } from '../../../src-docs/plan/plan-facts';
import { anInput, sectionOf, tableRows, textOf } from './plan-compose-fixtures';

function compose<K extends PlanSectionKey>(key: K, facts: PlanSectionFacts[K], locale: 'zh-CN' | 'en' = 'zh-CN') {
  return composePlan(anInput({ locale, sections: [{ key, note: null }], facts: { [key]: facts } }));
}

const peerRow = (overrides: Partial<BenchmarkRow>): BenchmarkRow => ({
  name: '星河城生活',
  own: false,
  platform: 'wechat_subscription',
  followers: 268_000,
  articles: 19,
  reads: 174_610,
  averageReads: 9190,
  headlineAverageReads: 14_000,
  wci: 828.123,
  rank: 1,
  ...overrides,
});

describe('section 1, 竞品分析', () => {
  const facts: CompetitorsFacts = {
    month: { start: '2026-11-01', end: '2026-11-30' },
    peers: 1,
    rows: [peerRow({}), peerRow({ name: '悦汇·上海生活', own: true, followers: 52_000, articles: 15, reads: 61_035, averageReads: 4069, headlineAverageReads: null, wci: 656.63, rank: 2 })],
    learnings: [
      {
        peer: '星河城生活',
        ownerCompany: '杭州星河商业发展有限公司',
        items: [
          { kind: 'copy', text: '标题多用具体数字', link: '' },
          { kind: 'column', text: '固定栏目“周五去哪玩”', link: 'https://mp.weixin.qq.com/s/x' },
        ],
      },
      { peer: '和悦百货', ownerCompany: '', items: [] },
    ],
  };

  it('tables the peers and own accounts (marked 自有) with the month named, then each peer’s strengths by kind', () => {
    const blocks = sectionOf(compose('competitors', facts), '竞品分析');
    expect(textOf(blocks[0]!)).toBe('下表为2026年11月（2026年11月1日—2026年11月30日）的月度数据，按 WCI（清博 V14.2 公式）从高到低排列；标“自有”的是我们自己的账号，放在一起对比。');
    expect(tableRows(blocks, 'WCI')).toEqual([
      ['星河城生活', '26.8万', '19', '17.5万', '9,190', '1.4万', '828.12', '1'],
      ['悦汇·上海生活（自有）', '5.2万', '15', '6.1万', '4,069', '—', '656.63', '2'],
    ]);
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.columns.map((c) => c.align ?? 'left')).toEqual(['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
    expect(blocks.slice(2).map(textOf)).toEqual([
      '同行值得学习的地方',
      '按栏目、排版、活动、文案、菜单、服务归类，是我们下一步可以借鉴的做法。',
      '星河城生活（杭州星河商业发展有限公司）',
      '栏目：固定栏目“周五去哪玩”（参考链接）\n文案：标题多用具体数字',
    ]);
    const list = blocks[5]!;
    expect(list.kind === 'list' && list.items[0]![1]).toEqual({ text: '（参考链接）', link: 'https://mp.weixin.qq.com/s/x' });
  });

  it('lists the peers without figures when there are none, and says 暂无数据 with no peers at all', () => {
    const names = compose('competitors', { month: null, peers: 1, rows: [peerRow({ followers: null, articles: null, reads: null, averageReads: null, headlineAverageReads: null, wci: null, rank: null })], learnings: [] });
    const blocks = sectionOf(names, '竞品分析');
    expect(textOf(blocks[0]!)).toBe('对标账号还没有月度数据，下表只列出账号，数据待补录。');
    expect(tableRows(blocks, 'WCI')).toEqual([['星河城生活', '—', '—', '—', '—', '—', '—', '—']]);
    expect(blocks.map(textOf).slice(-2)).toEqual(['同行值得学习的地方', '暂无数据']);
    expect(sectionOf(compose('competitors', { month: null, peers: 0, rows: [], learnings: [] }), '竞品分析').map(textOf)).toEqual(['暂无数据']);
  });

  it('says when the table lists only the best peers', () => {
    const blocks = sectionOf(compose('competitors', { ...facts, peers: 35 }), '竞品分析');
    expect(textOf(blocks[1]!)).toBe('同行共 35 个，表中只列 WCI 最高的 1 个。');
  });

  it('reads in English too', () => {
    const blocks = sectionOf(compose('competitors', facts, 'en'), 'Competitor analysis');
    expect(textOf(blocks[0]!)).toContain('November 2026 (1 November 2026—30 November 2026)');
    expect(tableRows(blocks, 'WCI')[1]![0]).toBe('悦汇·上海生活 (own)');
  });
});

describe('section 2, the value for the company', () => {
  const facts: ValueFacts = {
    accounts: [
      { name: '悦汇·上海购物中心', platform: 'wechat_service', purpose: 'sales', businessLine: '购物中心', verified: true, followers: 186_000, notes: '会员卡与停车缴费入口', columns: ['会员福利', '新店速递'] },
      { name: '悦汇华东', platform: 'weibo', purpose: 'brand', businessLine: '', verified: false, followers: 94_000, notes: '', columns: [] },
    ],
    month: { start: '2026-11-01', end: '2026-11-30' },
    ranked: 12,
    standings: [{ name: '悦汇·上海购物中心', wci: 791.75, rank: 6, averageReads: 10_400, readsRank: 3 }],
  };

  it('tables the accounts with platform, 订阅号/服务号, positioning and followers, says what the channel does and where we stand', () => {
    const blocks = sectionOf(compose('value', facts), '公众号能为悦汇华东带来的价值');
    expect(tableRows(blocks, '类型')).toEqual([
      ['悦汇·上海购物中心', '微信公众号', '服务号', '销售型', '已认证', '18.6万', '购物中心'],
      ['悦汇华东', '微博', '—', '品牌型', '未认证', '9.4万', '—'],
    ]);
    expect(blocks.map(textOf)).toEqual([
      '账号定位',
      expect.any(String),
      '自有账号共 2 个，粉丝合计 28万。',
      '悦汇·上海购物中心（服务号）：栏目有会员福利、新店速递\n悦汇·上海购物中心（服务号）：会员卡与停车缴费入口\n悦汇华东（微博）：还没有固定栏目',
      '公众号能为悦汇华东做什么',
      '品牌型账号：持续发布品牌、门店和活动消息，让客户记住我们、信任我们。\n销售型账号：把新品、优惠和活动直接推给关注的人，带来到店和下单。\n服务号每月可以群发四次，消息直接出现在聊天列表，适合会员服务、通知和交易。',
      '和同行比',
      '悦汇·上海购物中心：2026年11月 WCI 791.75，在 12 个账号中排第 6；篇均阅读 1万，排第 3。',
    ]);
  });

  it('says 暂无数据 without own accounts and says so when there is nothing to compare', () => {
    expect(sectionOf(compose('value', { accounts: [], month: null, ranked: 0, standings: [] }), '带来的价值').map(textOf)).toEqual(['暂无数据']);
    expect(sectionOf(compose('value', { ...facts, month: null, standings: [] }), '带来的价值').map(textOf).slice(-1)).toEqual(['还没有可以对比的月度数据。']);
  });
});

describe('section 3, activities', () => {
  const figures = activityFigures({ budgetFen: 4_550_000, paidFen: 4_550_000, minutes: 600, peopleFen: 472_542, revenueFen: 13_850_000, newFollowers: 420, valuePerFollowerFen: 0, unfollows: 25 });
  const facts: ActivitiesFacts = {
    pastFrom: '2026-01-01',
    pastTo: '2026-12-31',
    pastMore: 0,
    past: [
      {
        name: '粉丝见面会·主厨签售',
        purpose: 'engagement',
        startDate: '2026-11-08',
        endDate: '2026-11-22',
        participants: 346,
        newFollowers: 420,
        unfollows: 25,
        conversions: 615,
        revenueFen: 13_850_000,
        figures,
        lessons: '预约码核销率 78%，下次多放 20% 名额\n\n直播回放剪成短视频二次传播',
      },
    ],
    planned: [
      {
        name: '元旦直播预告',
        purpose: 'engagement',
        status: 'planned',
        phases: [
          { phase: 'warmup', startDate: '2026-12-20', endDate: '2026-12-30', notes: '' },
          { phase: 'main', startDate: '2027-01-01', endDate: '2027-01-01', notes: '' },
        ],
        goal: '直播预约 8,000 人',
        reachChannels: ['视频号', '社群'],
        owner: '刘芳',
        budgetFen: 2_680_000,
        departments: ['市场部', '门店运营部'],
      },
      { name: '春季会员日', purpose: 'conversion', status: 'planned', phases: [], goal: '', reachChannels: [], owner: '', budgetFen: 1_000_050, departments: [] },
    ],
  };

  it("tables the past year's activities with results, cost and ROI (roi.ts's), their lessons, and the planned ones with their resources", () => {
    const blocks = sectionOf(compose('activities', facts), '活动');
    expect(figures.roi).toBeCloseTo((13_850_000 - 5_022_542) / 5_022_542, 10);
    expect(tableRows(blocks, '转化')).toEqual([['粉丝见面会·主厨签售', '11月8日—11月22日', '346', '420', '94%', '615']]);
    expect(tableRows(blocks, 'ROI')).toEqual([['粉丝见面会·主厨签售', '45,500.00', '4,725.42', '50,225.42', '138,500.00', '175.8%']]);
    expect(blocks.map(textOf)).toContain('粉丝见面会·主厨签售（活动后取关 25 人）');
    expect(blocks.map(textOf)).toContain('预约码核销率 78%，下次多放 20% 名额\n直播回放剪成短视频二次传播');
    expect(tableRows(blocks, '需协助部门')).toEqual([
      ['元旦直播预告', '促活', '预热：2026年12月20日—2026年12月30日；正式：1月1日', '刘芳', '26,800.00', '市场部、门店运营部'],
      ['春季会员日', '转化', '日期待定', '待定', '10,000.50', '运营部门自行完成'],
      ['预算合计', '', '', '', '36,800.50', ''],
    ]);
    const planned = blocks.find((b) => b.kind === 'table' && b.columns.some((c) => c.title === '需协助部门'));
    expect(planned?.kind === 'table' && planned.rows.at(-1)!.kind).toBe('total');
    expect(blocks.map(textOf)).toContain('目标：直播预约 8,000 人\n触达渠道：视频号、社群');
    expect(blocks.map(textOf).join('\n')).not.toContain('另有');
    // A busy year lists the latest dozen and counts the rest.
    const busy = sectionOf(compose('activities', { ...facts, pastMore: 40 }), '活动').map(textOf);
    expect(busy).toContain('下面列出最近结束的 1 场；另有 40 场活动的数据见运营台的活动页。');
  });

  it('says what is missing: no past, no planned, or 暂无数据 for neither', () => {
    const onlyPlanned = sectionOf(compose('activities', { ...facts, past: [] }), '活动').map(textOf);
    expect(onlyPlanned.slice(0, 2)).toEqual(['过去一年做过的活动', '过去一年没有结束的活动。']);
    const onlyPast = sectionOf(compose('activities', { ...facts, planned: [] }), '活动').map(textOf);
    expect(onlyPast.slice(-2)).toEqual(['本期计划的活动', '本期还没有计划的活动。']);
    expect(sectionOf(compose('activities', { ...facts, past: [], planned: [] }), '活动').map(textOf)).toEqual(['暂无数据']);
  });
});

describe('section 4, what customers care about most', () => {
  const facts: ConcernsFacts = {
    top: [
      { topic: '停车怎么收费', category: 'price', frequency: 86, status: 'answered', notes: '', answeredBy: ['停车指南'] },
      { topic: '周末停车场满', category: 'complaint', frequency: 12_345, status: 'new', notes: '周末开放 B3 临时车位', answeredBy: [] },
      { topic: '发票怎么开', category: 'service', frequency: 22, status: 'answering', notes: '', answeredBy: [] },
    ],
    open: 3,
    counts: [
      { category: 'product', concerns: 0, frequency: 0 },
      { category: 'service', concerns: 1, frequency: 22 },
      { category: 'complaint', concerns: 1, frequency: 12_345 },
      { category: 'price', concerns: 1, frequency: 86 },
      { category: 'other', concerns: 0, frequency: 0 },
    ],
  };

  it('tables the open concerns most asked first with category, times, status and what to improve, and counts by category', () => {
    const blocks = sectionOf(compose('concerns', facts), '客户最关心的问题');
    expect(blocks.slice(0, 2).map(textOf)).toEqual(['未关闭的问题共 3 个，按被问到的次数从多到少排列。', '按类别：服务 1 个（22 次）、投诉 1 个（1.2万 次）、价格 1 个（86 次）。']);
    expect(tableRows(blocks, '次数')).toEqual([
      ['1', '停车怎么收费', '价格', '86', '已回应', '已发文回应：《停车指南》'],
      ['2', '周末停车场满', '投诉', '1.2万', '新发现', '周末开放 B3 临时车位'],
      ['3', '发票怎么开', '服务', '22', '回应中', '—'],
    ]);
    expect(tableRows(sectionOf(compose('concerns', facts, 'en'), 'What customers'), 'Times')[0]).toEqual(['1', '停车怎么收费', 'Price', '86', 'Answered', 'Answered in “停车指南”']);
  });
});
