import { describe, expect, it } from 'vitest';
import { anAccount, openTestBackend } from '../../helpers/backend';
import { aPeer, aPost } from '../../fixtures/benchmarks/inputs';

describe('top articles and what reads best', () => {
  it('lists peers’ best-read articles by default, own or all when asked, each with its account', async () => {
    const { api } = openTestBackend();
    const own = await api.accounts.create(anAccount());
    const peer = await api.benchmarks.createPeer(aPeer());
    await api.benchmarks.savePosts({
      rows: [
        aPost(own.id, { title: '自有爆款', reads: 90000 }),
        aPost(peer.id, { title: '同行一', reads: 500 }),
        aPost(peer.id, { position: 2, title: '同行二', reads: 7000 }),
        aPost(peer.id, { position: 3, title: '未知', reads: null }),
      ],
    });
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const peers = await api.benchmarks.topPosts(range);
    expect(peers.map((p) => [p.title, p.account.name, p.account.kind])).toEqual([
      ['同行二', '万象城·苏州', 'peer'],
      ['同行一', '万象城·苏州', 'peer'],
      ['未知', '万象城·苏州', 'peer'],
    ]);
    expect((await api.benchmarks.topPosts({ ...range, owner: 'own' })).map((p) => p.title)).toEqual(['自有爆款']);
    expect((await api.benchmarks.topPosts({ ...range, owner: 'all', limit: 2 })).map((p) => p.title)).toEqual(['自有爆款', '同行二']);
  });

  it('groups titles by their kind, else the type their title announces, with average and median reads and three examples', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    const posts = [
      { title: '周末福利：满200减50', reads: 9000 },
      { title: '会员日抽奖送iPhone', reads: 3000 },
      { title: '免费停车券领取', reads: 1000 },
      { title: '限时秒杀', reads: 2000 },
      { title: '亲子出游攻略', reads: 4000 },
      { title: '本周营业时间调整通知', reads: 500 },
      { title: '店长推荐', reads: 700, kind: '好物推荐' },
    ];
    await api.benchmarks.savePosts({ rows: posts.map((p, i) => aPost(peer.id, { publishedAt: `2026-11-${String(i + 1).padStart(2, '0')}`, ...p })) });
    const groups = await api.benchmarks.readsByType({ from: '2026-11-01', to: '2026-11-30' });
    expect(groups.map((g) => [g.type, g.posts, g.averageReads, g.medianReads])).toEqual([
      ['攻略/指南', 1, 4000, 4000],
      ['福利/活动', 4, 3750, 2500],
      ['好物推荐', 1, 700, 700],
      ['资讯/通知', 1, 500, 500],
    ]);
    expect(groups[1]!.examples.map((p) => p.title)).toEqual(['周末福利：满200减50', '会员日抽奖送iPhone', '限时秒杀']);
    expect(groups[1]!.examples[0]!.account.name).toBe('万象城·苏州');
  });
});
