import { addDays } from '../../../src-shared/domain/dates';
import { TEN_WAN_PLUS } from '../../../src-shared/domain/benchmarks/numbers';
import { anAccount } from '../../fixtures/account-input';
import { callApi, type RunningServer } from '../../helpers/web-server';

// Figures for the analysis tabs, made through the API: one own account and five peers with
// twelve weeks of articles (Sunday weeks ending 2026-11-28), followers per week, one peer whose
// figures are entered per week without articles, and one 10万+ article in the week of 2026-11-01.

/** How long a spec waits for a tab's first figures (its code loads on first open). */
export const LOADED_MS = 30_000;
export const LAST_WEEK = '2026-11-22';
export const TEN_WAN_WEEK = '2026-11-01';
const WEEKS = 12;
const FIRST_WEEK = addDays(LAST_WEEK, -7 * (WEEKS - 1));

export const OWN = '悦汇·上海生活';
/** Peers with articles, by their typical reads per article (a tenfold spread keeps the WCI order plain). */
const PEERS: Array<{ name: string; reads: number; followers: number }> = [
  { name: '上海本地宝', reads: 40_000, followers: 1_850_000 },
  { name: '魔都吃喝玩乐', reads: 12_000, followers: 620_000 },
  { name: '沪上生活指南', reads: 2_000, followers: 96_000 },
  { name: '城市微旅行', reads: 600, followers: 31_000 },
];
/** A peer known only from figures entered per week (no articles). */
export const ENTERED_PEER = '静安生活圈';
const OWN_READS = 5_000;
const TYPES = ['探店', '活动', '攻略', '新品', '资讯'];
const TITLES: Record<string, string[]> = {
  探店: ['这家藏在弄堂里的小馆，排队两小时也值', '徐汇 6 家宝藏咖啡店，周末就去', '新开的社区面包房，招牌可颂卖到断货'],
  活动: ['周末免费看展｜12 月上海展览合集', '会员日来了！全场满 200 减 50', '圣诞市集攻略：8 个市集时间地点全在这'],
  攻略: ['上海冬季赏银杏路线，一次看个够', '带娃去哪儿？10 个室内遛娃好去处', '地铁直达！5 条城市漫步路线'],
  新品: ['冬季限定新品上市，第一口就爱了', '这款网红甜品终于来上海了', '新店开业首周，三重福利等你'],
  资讯: ['本周起这些地铁站出入口调整', '12 月起上海这些新规开始实施', '降温预警：下周最低气温跌破 0℃'],
};

/** A repeatable pseudo-random number in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

interface Made {
  ownId: string;
  peerIds: Record<string, string>;
}

/** An empty workspace with the own account, the peers and their figures. */
export async function benchmarkWorkspace(server: RunningServer): Promise<Made> {
  await callApi(server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '' });
  const own = (await callApi(server, 'accounts.create', anAccount({ name: OWN, handle: 'yuehui_sh', city: '上海', followers: 52_000 }))) as { id: string };
  const peerIds: Record<string, string> = {};
  for (const name of [...PEERS.map((p) => p.name), ENTERED_PEER]) {
    const peer = (await callApi(server, 'benchmarks.createPeer', { platform: 'wechat_subscription', name, industry: '本地生活', reason: '同城生活类头部账号' })) as { id: string };
    peerIds[name] = peer.id;
  }
  const accounts = [{ id: own.id, reads: OWN_READS, followers: 52_000 }, ...PEERS.map((p) => ({ id: peerIds[p.name]!, reads: p.reads, followers: p.followers }))];
  const next = random(11);
  const posts: Record<string, unknown>[] = [];
  const snapshots: Record<string, unknown>[] = [];
  for (let week = 0; week < WEEKS; week++) {
    const start = addDays(FIRST_WEEK, 7 * week);
    for (const account of accounts) {
      snapshots.push({ accountId: account.id, period: { kind: 'week', start }, followers: Math.round(account.followers * (1 + 0.004 * week + 0.002 * next())), sourceName: '新榜' });
      for (let day = 0; day < 7; day++) {
        if (next() < 0.2) continue;
        const count = 1 + Math.floor(next() * 3);
        for (let position = 1; position <= count; position++) {
          const type = TYPES[Math.floor(next() * TYPES.length)]!;
          const titles = TITLES[type]!;
          const reads = Math.round(account.reads * (position === 1 ? 1 : 0.4) * (0.6 + 0.8 * next()));
          posts.push({
            accountId: account.id,
            publishedAt: `${addDays(start, day)} ${position === 1 ? '20:30' : '12:00'}`,
            position,
            title: `${titles[Math.floor(next() * titles.length)]}${week * 7 + day > 0 ? `（${week * 7 + day}）` : ''}`.slice(0, 64),
            url: `https://mp.weixin.qq.com/s/${account.id.slice(0, 8)}${week}${day}${position}`,
            kind: type,
            reads,
            zaikan: Math.round(reads * 0.012),
            likes: Math.round(reads * 0.02),
            shares: Math.round(reads * 0.015),
          });
        }
      }
    }
    const entered = 8_000 * 6;
    snapshots.push({
      accountId: peerIds[ENTERED_PEER],
      period: { kind: 'week', start },
      followers: 240_000 + 900 * week,
      articles: 9,
      reads: entered,
      readsHeadline: 30_000,
      readsMax: 12_000,
      zaikan: 500,
      zaikanHeadline: 300,
      zaikanMax: 120,
      likes: 900,
      likesHeadline: 500,
      likesMax: 200,
      shares: 700,
      sharesHeadline: 400,
      sharesMax: 150,
      sourceName: '西瓜数据',
    });
  }
  // The week's 爆款: 上海本地宝's headline read more than 100,000 times.
  posts.push({
    accountId: peerIds['上海本地宝'],
    publishedAt: `${addDays(TEN_WAN_WEEK, 3)} 07:30`,
    position: 1,
    title: '全城寻找！上海最美的 10 条梧桐大道',
    url: 'https://mp.weixin.qq.com/s/wutong',
    kind: '攻略',
    reads: TEN_WAN_PLUS,
    zaikan: 3200,
    likes: 5100,
    shares: 8800,
  });
  await callApi(server, 'benchmarks.savePosts', { rows: posts });
  await callApi(server, 'benchmarks.saveSnapshots', { rows: snapshots });
  return { ownId: own.id, peerIds };
}
