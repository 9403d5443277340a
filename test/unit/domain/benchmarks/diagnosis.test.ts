import { describe, expect, it } from 'vitest';
import { diagnosisObservations, type DiagnosisFacts, type MoveRow } from '../../../../src-shared/domain/benchmarks/diagnosis';

const own = { id: 'own', kind: 'own' as const, name: '悦汇·苏州' };
const peerA = { id: 'a', kind: 'peer' as const, name: '万象城' };
const peerB = { id: 'b', kind: 'peer' as const, name: '大悦城' };
const row = (account: MoveRow['account'], wci: number | null, previousWci: number | null, rank: number | null, previousRank: number | null): MoveRow => ({ account, wci, previousWci, rank, previousRank });
const facts = (overrides: Partial<DiagnosisFacts>): DiagnosisFacts => ({ rows: [], articles: [], ownRecentReads: new Map(), ...overrides });

describe('the diagnosis’s observations', () => {
  it('say nothing without data', () => {
    expect(diagnosisObservations(facts({}))).toEqual([]);
  });

  it('name the own account that moved most, up or down, with its rank then and now', () => {
    const observations = diagnosisObservations(facts({ rows: [row(own, 110, 100, 1, 2), row({ ...own, id: 'own2', name: '悦汇·无锡' }, 50, 100, 3, 1)] }));
    expect(observations).toEqual([{ key: 'benchmarks.diagnosis.ownDown', params: { account: '悦汇·无锡', wci: 50, change: 50, rank: 3, previousRank: 1 } }]);
    expect(diagnosisObservations(facts({ rows: [row(own, 110, 100, 1, 2)] }))[0]).toMatchObject({ key: 'benchmarks.diagnosis.ownUp', params: { change: 10 } });
  });

  it('name the peer that moved most with its best-read article, and say nothing of a peer without articles', () => {
    const rows = [row(peerA, 80, 100, 1, 1), row(peerB, 99, 100, 2, 2)];
    const articles = [
      { accountId: 'a', title: '一般', reads: 100, type: '其他' },
      { accountId: 'a', title: '最好', reads: 5000, type: '其他' },
    ];
    expect(diagnosisObservations(facts({ rows, articles }))).toEqual([{ key: 'benchmarks.diagnosis.peerDown', params: { account: '万象城', change: 20, title: '最好', reads: '5,000' } }]);
    expect(diagnosisObservations(facts({ rows }))).toEqual([]);
  });

  it('name the type that read best this week (two articles at least) and the own share of it', () => {
    const rows = [row(own, null, null, null, null), row(peerA, null, null, null, null)];
    const articles = [
      { accountId: 'a', title: 'x', reads: 90000, type: '新品' },
      { accountId: 'a', title: 'y', reads: 3000, type: '福利/活动' },
      { accountId: 'own', title: 'z', reads: 1000, type: '福利/活动' },
      { accountId: 'own', title: 'w', reads: 10, type: '其他' },
      { accountId: 'own', title: 'v', reads: 20, type: '其他' },
    ];
    // 新品 has one article only; 福利/活动 averages 2,000 over two; own published 1 of its 3 so.
    expect(diagnosisObservations(facts({ rows, articles }))).toEqual([{ key: 'benchmarks.diagnosis.bestType', params: { type: '福利/活动', posts: 2, average: '2,000', ownPosts: 3, ownShare: 33.3 } }]);
    const noOwn = articles.filter((a) => a.accountId !== 'own' || a.type !== '福利/活动').concat({ accountId: 'b', title: 'u', reads: 1000, type: '福利/活动' });
    expect(diagnosisObservations(facts({ rows, articles: noOwn }))[0]).toMatchObject({ key: 'benchmarks.diagnosis.bestTypeNoOwn', params: { type: '福利/活动' } });
  });

  it('point at an own article under half its account’s median, only with five articles behind the median', () => {
    const rows = [row(own, null, null, null, null)];
    const articles = [{ accountId: 'own', title: '冷门', reads: 400, type: '其他' }];
    expect(diagnosisObservations(facts({ rows, articles, ownRecentReads: new Map([['own', [1000, 1000, 900, 1100, 400]]]) }))).toEqual([
      { key: 'benchmarks.diagnosis.ownLow', params: { account: '悦汇·苏州', title: '冷门', reads: '400', median: '1,000', weeks: 12 } },
    ]);
    expect(diagnosisObservations(facts({ rows, articles, ownRecentReads: new Map([['own', [1000, 1000, 400]]]) }))).toEqual([]);
    // 500 is not under half of 1,000.
    expect(diagnosisObservations(facts({ rows, articles: [{ ...articles[0]!, reads: 500 }], ownRecentReads: new Map([['own', [1000, 1000, 1000, 1000, 500]]]) }))).toEqual([]);
  });

  it('give three at most, own accounts first', () => {
    const rows = [row(own, 110, 100, 1, 2), row(peerA, 80, 100, 2, 1)];
    const articles = [
      { accountId: 'own', title: '冷门', reads: 100, type: '其他' },
      { accountId: 'own', title: '热门', reads: 1000, type: '其他' },
      { accountId: 'a', title: '最好', reads: 5000, type: '其他' },
    ];
    const observations = diagnosisObservations(facts({ rows, articles, ownRecentReads: new Map([['own', [1000, 1000, 1000, 1000, 100]]]) }));
    expect(observations.map((o) => o.key)).toEqual(['benchmarks.diagnosis.ownUp', 'benchmarks.diagnosis.ownLow', 'benchmarks.diagnosis.peerDown']);
  });
});
