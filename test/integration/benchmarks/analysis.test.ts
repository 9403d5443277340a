import { describe, expect, it } from 'vitest';
import { periodOf, shiftPeriod, type Period } from '../../../src-shared/domain/benchmarks/periods';
import { localDate } from '../../../src-shared/domain/dates';
import { encodeHlc } from '../../../src-shared/domain/sync/hlc';
import { anAccount, failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';
import { aPeer, aPost } from '../../fixtures/benchmarks/inputs';

const week = (start: string) => ({ kind: 'week' as const, start });
const month = (start: string) => ({ kind: 'month' as const, start });

/** An own account's 累积关注人数 of a day, as 公众号后台's 用户分析 import writes it (merged like a synced row). */
function followerDay(backend: TestBackend, accountId: string, date: string, cumulative: number) {
  const hlc = encodeHlc({ wall: Date.now(), counter: 0, node: 'test' });
  const rowId = `fday:${accountId}:${date}`;
  backend.applyRemote(Object.entries({ account_id: accountId, date, cumulative, created_at: '2026-12-01T00:00:00Z' }).map(([field, value]) => ({ table: 'follower_days', rowId, field, value, hlc })));
}

describe('the WCI of a period', () => {
  it('matches DOMAIN.md’s formula worked by hand for a week of two articles, with its four terms', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    await api.benchmarks.savePosts({
      rows: [
        aPost(peer.id, { publishedAt: '2026-11-01 08:00', position: 1, title: '头条', reads: 7000, zaikan: 70, likes: 140, shares: 210 }),
        aPost(peer.id, { publishedAt: '2026-11-03', position: 2, title: '次条', reads: 3500, zaikan: 0, likes: 35, shares: 70 }),
      ],
    });
    const ranking = await api.benchmarks.ranking({ period: week('2026-11-01') });
    expect(ranking).toMatchObject({ end: '2026-11-07', days: 7 });
    const [row] = ranking.rows;
    expect(row!.figures).toMatchObject({ derived: true, articles: 2, reads: 10500, readsHeadline: 7000, readsMax: 7000, zaikan: 70, likes: 175, shares: 280, sharesMax: 210 });
    // d = 7, n = 2: O = S(1500, 10, 25, 40), A = S(5250, 35, 87.5, 140), H = S(1000, 10, 20, 30), P = S(7000, 70, 140, 210),
    // S(r, z, l, e) = 0.7·ln(r+1) + 0.09·ln(10z+1) + 0.06·ln(10l+1) + 0.15·ln(10e+1); WCI = (0.6·O + 0.2·A + 0.1·H + 0.1·P)² × 12.
    expect(row!.wci!.overall).toBeCloseTo(6.765703, 5);
    expect(row!.wci!.perArticle).toBeCloseTo(8.017056, 5);
    expect(row!.wci!.headline).toBeCloseTo(6.425754, 5);
    expect(row!.wci!.peak).toBeCloseTo(8.369613, 5);
    expect(row!.wci!.wci).toBeCloseTo(612.16133, 4);
    // The month holding the same two articles has d = 30: only O and H change.
    const november = (await api.benchmarks.ranking({ period: month('2026-11-01') })).rows[0]!;
    expect(november.wci!.overall).toBeCloseTo(5.316832, 5);
    expect(november.wci!.wci).toBeCloseTo(450.672147, 4);
  });

  it('keeps 10万+ as 100,001 in the figures, the maximum and the export', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    await api.benchmarks.savePosts({ rows: [aPost(peer.id, { reads: 100001 }), aPost(peer.id, { position: 2, title: '次条', reads: 2000 })] });
    const [row] = (await api.benchmarks.ranking({ period: month('2026-11-01') })).rows;
    expect(row!.figures).toMatchObject({ reads: 102001, readsMax: 100001, readsHeadline: 100001 });
    const csv = Buffer.from((await api.benchmarks.exportRanking({ period: month('2026-11-01'), format: 'csv' })).base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[1]!.split(',').slice(5, 8)).toEqual(['102001', '10万+', '10万+']);
  });

  it('gives a month its own articles’ figures, never its weeks’ summed, when a week crosses the month’s end', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    // The week of Sunday 2026-11-29 runs to Saturday 2026-12-05.
    await api.benchmarks.saveSnapshots({ rows: [{ accountId: peer.id, period: week('2026-11-29'), followers: 9000, articles: 7, reads: 70000 }] });
    expect((await api.benchmarks.ranking({ period: month('2026-11-01') })).rows[0]!.figures).toMatchObject({ derived: false, articles: null, reads: null });
    await api.benchmarks.savePosts({
      rows: [aPost(peer.id, { publishedAt: '2026-11-30 20:00', title: '十一月最后一篇', reads: 1200 }), aPost(peer.id, { publishedAt: '2026-12-01 20:00', title: '十二月第一篇', reads: 800 })],
    });
    expect((await api.benchmarks.ranking({ period: month('2026-11-01') })).rows[0]!.figures).toMatchObject({ derived: true, articles: 1, reads: 1200 });
    expect((await api.benchmarks.ranking({ period: month('2026-12-01') })).rows[0]!.figures).toMatchObject({ derived: true, articles: 1, reads: 800 });
    // The week was entered as 7 articles: the 2 known ones are a sample, so the entered totals stand.
    expect((await api.benchmarks.ranking({ period: week('2026-11-29') })).rows[0]!.figures).toMatchObject({ derived: false, articles: 7, reads: 70000, followers: 9000 });
  });
});

describe('the ranking', () => {
  it('shows an own account’s registered 粉丝数 for the period under way and the one just ended, when nothing else gives its followers', async () => {
    const { api } = openTestBackend();
    const own = await api.accounts.create(anAccount({ followers: 52000 }));
    const current = periodOf('week', localDate(new Date()));
    const followersIn = async (period: Period) => (await api.benchmarks.ranking({ period })).rows.find((r) => r.account.id === own.id)!.figures.followers;
    expect(await followersIn(current)).toBe(52000);
    expect(await followersIn(shiftPeriod(current, -1))).toBe(52000);
    // A year back, today's count says nothing.
    expect(await followersIn(shiftPeriod(current, -52))).toBeNull();
  });

  it('puts the best WCI first, own and peers together, with the previous period; accounts without figures come last unranked', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const own = await api.accounts.create(anAccount());
    const mixc = await api.benchmarks.createPeer(aPeer());
    const joy = await api.benchmarks.createPeer(aPeer({ name: '大悦城·上海' }));
    const silent = await api.benchmarks.createPeer(aPeer({ name: '不发文的号' }));
    await api.benchmarks.savePosts({
      rows: [
        aPost(own.id, { reads: 5000 }),
        aPost(mixc.id, { reads: 20000 }),
        aPost(joy.id, { reads: 800 }),
        aPost(own.id, { publishedAt: '2026-10-15', title: '十月', reads: 3000 }),
        aPost(mixc.id, { publishedAt: '2026-10-15', title: '十月', reads: 30000 }),
      ],
    });
    await api.benchmarks.saveSnapshots({ rows: [{ accountId: mixc.id, period: month('2026-10-01'), followers: 80000 }] });
    // An own account's followers come from 用户分析's last day of the period when no snapshot gives them.
    followerDay(backend, own.id, '2026-10-30', 12100);
    followerDay(backend, own.id, '2026-10-31', 12345);
    followerDay(backend, own.id, '2026-11-01', 99999);

    const { rows } = await api.benchmarks.ranking({ period: month('2026-11-01') });
    expect(rows.map((r) => [r.account.name, r.rank])).toEqual([
      ['万象城·苏州', 1],
      [own.name, 2],
      ['大悦城·上海', 3],
      ['不发文的号', null],
    ]);
    expect(rows[0]!.previousWci!).toBeGreaterThan(rows[0]!.wci!.wci);
    expect(rows[0]!.previousFollowers).toBe(80000);
    expect(rows[1]!.account.kind).toBe('own');
    expect(rows[1]!.previousFollowers).toBe(12345);
    expect(rows[1]!.figures.followers).toBe(99999);
    expect(rows[2]!.previousWci).toBeNull();
    expect(rows[3]).toMatchObject({ wci: null, previousWci: null, account: { id: silent.id } });

    const compared = await api.benchmarks.compare({ period: month('2026-11-01'), accountIds: [joy.id, own.id] });
    expect(compared.rows.map((r) => [r.account.name, r.rank])).toEqual([
      [own.name, 1],
      ['大悦城·上海', 2],
    ]);
    expect((await failureOf(api.benchmarks.compare({ period: month('2026-11-01'), accountIds: [joy.id, 'gone'] }))).issues).toEqual([{ path: ['accountIds', 1], message: 'validation.unknown.account' }]);
  });
});

describe('the trend', () => {
  it('gives one point per week from..to with followers, reads and WCI, empty weeks as nulls', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    await api.benchmarks.savePosts({
      rows: [
        aPost(peer.id, { publishedAt: '2026-11-01', title: '周日', reads: 100 }),
        aPost(peer.id, { publishedAt: '2026-11-07 22:00', title: '周六', reads: 200 }),
        aPost(peer.id, { publishedAt: '2026-11-15', title: '第三周', reads: 400 }),
      ],
    });
    await api.benchmarks.saveSnapshots({ rows: [{ accountId: peer.id, period: week('2026-11-08'), followers: 5000 }] });
    const trend = await api.benchmarks.trend({ kind: 'week', from: '2026-11-03', to: '2026-11-20', accountIds: [peer.id] });
    expect(trend.kind).toBe('week');
    const points = trend.series[0]!.points;
    expect(points.map((p) => [p.start, p.followers, p.reads])).toEqual([
      ['2026-11-01', null, 300],
      ['2026-11-08', 5000, null],
      ['2026-11-15', null, 400],
    ]);
    expect(points.map((p) => p.wci === null)).toEqual([false, true, false]);
    const monthly = await api.benchmarks.trend({ kind: 'month', from: '2026-10-01', to: '2026-11-30', accountIds: [peer.id] });
    expect(monthly.series[0]!.points.map((p) => [p.start, p.reads])).toEqual([
      ['2026-10-01', null],
      ['2026-11-01', 700],
    ]);
  });
});
