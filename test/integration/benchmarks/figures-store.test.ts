import { describe, expect, it } from 'vitest';
import { anAccount, failureOf, openTestBackend } from '../../helpers/backend';
import { aPeer, aPost } from '../../fixtures/benchmarks/inputs';

const november = { kind: 'month', start: '2026-11-01' } as const;

describe('figures per period (snapshots)', () => {
  it('merge by account and period: fields given are written, null clears, fields left out stay', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    expect(await api.benchmarks.saveSnapshots({ rows: [{ accountId: peer.id, period: november, followers: 50000, reads: 120000, sourceName: '新榜' }] })).toEqual({ saved: 1 });
    await api.benchmarks.saveSnapshots({ rows: [{ accountId: peer.id, period: november, articles: 31, reads: null }] });
    const [snapshot, ...others] = await api.benchmarks.listSnapshots({ accountId: peer.id, kind: 'month' });
    expect(others).toEqual([]);
    expect(snapshot).toMatchObject({ id: `snap:${peer.id}:month:2026-11-01`, period: november, followers: 50000, articles: 31, reads: null, sourceName: '新榜', source: 'manual' });
  });

  it('are listed oldest first within a range, deleted one by one, and come back when saved again', async () => {
    const { api } = openTestBackend();
    const own = await api.accounts.create(anAccount());
    const weeks = ['2026-11-01', '2026-11-08', '2026-11-15'].map((start, i) => ({ accountId: own.id, period: { kind: 'week' as const, start }, followers: 1000 + i }));
    await api.benchmarks.saveSnapshots({ rows: [...weeks].reverse() });
    expect((await api.benchmarks.listSnapshots({ accountId: own.id, kind: 'week', from: '2026-11-08' })).map((s) => s.followers)).toEqual([1001, 1002]);
    expect(await api.benchmarks.listSnapshots({ accountId: own.id, kind: 'month' })).toEqual([]);
    await api.benchmarks.deleteSnapshot({ id: `snap:${own.id}:week:2026-11-08` });
    expect((await api.benchmarks.listSnapshots({ accountId: own.id, kind: 'week' })).map((s) => s.followers)).toEqual([1000, 1002]);
    await api.benchmarks.saveSnapshots({ rows: [{ accountId: own.id, period: { kind: 'week', start: '2026-11-08' }, reads: 5 }] });
    expect((await api.benchmarks.listSnapshots({ accountId: own.id, kind: 'week' })).map((s) => [s.followers, s.reads])).toEqual([
      [1000, null],
      [1001, 5],
      [1002, null],
    ]);
  });

  it('refuse an account that is not there and a week that does not start on a Sunday, saving nothing', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    const unknown = await failureOf(
      api.benchmarks.saveSnapshots({
        rows: [
          { accountId: peer.id, period: november, followers: 1 },
          { accountId: 'nobody', period: november, followers: 2 },
        ],
      }),
    );
    expect(unknown.issues).toEqual([{ path: ['rows', 1, 'accountId'], message: 'validation.unknown.account' }]);
    const monday = await failureOf(api.benchmarks.saveSnapshots({ rows: [{ accountId: peer.id, period: { kind: 'week', start: '2026-11-02' }, followers: 1 }] }));
    expect(monday.issues).toEqual([{ path: ['rows', 0, 'period', 'start'], message: 'validation.benchmarks.periodStart' }]);
    expect(await api.benchmarks.listSnapshots({ accountId: peer.id, kind: 'month' })).toEqual([]);
  });
});

describe('figures per article (posts)', () => {
  it('are one row per account, day, position and title: a second save updates it and counts so', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    const first = await api.benchmarks.savePosts({ rows: [aPost(peer.id), aPost(peer.id, { position: 2, title: '周末市集', reads: 300 })] });
    expect(first).toEqual({ created: 2, updated: 0 });
    // The same article a day later with newer figures (and its time now known), plus one new one.
    const second = await api.benchmarks.savePosts({
      rows: [aPost(peer.id, { publishedAt: '2026-11-02 21:05', reads: 100001 }), aPost(peer.id, { position: 2, title: '周末市集', reads: 300 }), aPost(peer.id, { publishedAt: '2026-11-03', title: '新品上市' })],
    });
    expect(second).toEqual({ created: 1, updated: 1 });
    const posts = await api.benchmarks.listPosts({ from: '2026-11-01', to: '2026-11-30' });
    expect(posts.map((p) => [p.publishedAt, p.position, p.title, p.reads])).toEqual([
      ['2026-11-03', 1, '新品上市', 1000],
      ['2026-11-02 21:05', 1, '双十一会员日攻略', 100001],
      ['2026-11-02 20:30', 2, '周末市集', 300],
    ]);
    expect(posts[1]!.id).toMatch(/^post:[0-9a-f]{40}$/);
  });

  it('are listed newest first within the range and the accounts asked for, and deleted one by one', async () => {
    const { api } = openTestBackend();
    const own = await api.accounts.create(anAccount());
    const peer = await api.benchmarks.createPeer(aPeer());
    await api.benchmarks.savePosts({
      rows: [
        aPost(own.id, { publishedAt: '2026-10-31 20:00', title: '月末' }),
        aPost(own.id, { publishedAt: '2026-11-30 23:59', title: '最后一天' }),
        aPost(peer.id, { title: '同行' }),
        aPost(peer.id, { publishedAt: '2026-12-01', title: '下月' }),
      ],
    });
    expect((await api.benchmarks.listPosts({ from: '2026-11-01', to: '2026-11-30' })).map((p) => p.title)).toEqual(['最后一天', '同行']);
    const mine = await api.benchmarks.listPosts({ from: '2026-10-01', to: '2026-12-31', accountIds: [own.id], limit: 1 });
    expect(mine.map((p) => p.title)).toEqual(['最后一天']);
    await api.benchmarks.deletePost({ id: mine[0]!.id });
    expect((await api.benchmarks.listPosts({ from: '2026-10-01', to: '2026-12-31', accountIds: [own.id] })).map((p) => p.title)).toEqual(['月末']);
    expect((await failureOf(api.benchmarks.deletePost({ id: mine[0]!.id }))).code).toBe('not_found');
  });

  it('refuse a position beyond 8 and a link that is not a web address, naming the row and field', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    const failure = await failureOf(api.benchmarks.savePosts({ rows: [aPost(peer.id), aPost(peer.id, { position: 9, url: 'mp.weixin.qq.com/s/x' })] }));
    expect(failure.issues).toEqual([
      { path: ['rows', 1, 'position'], message: 'validation.benchmarks.position' },
      { path: ['rows', 1, 'url'], message: 'validation.benchmarks.url' },
    ]);
    expect(await api.benchmarks.listPosts({ from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
  });
});
