import { describe, expect, it } from 'vitest';
import { percentChange } from '../../../src-shared/domain/benchmarks/wci';
import { addDays, localDate, weekdayOf } from '../../../src-shared/domain/dates';
import { translate } from '../../../src-shared/i18n';
import { anAccount, openTestBackend } from '../../helpers/backend';
import { aPeer, aPost } from '../../fixtures/benchmarks/inputs';

const round1 = (n: number) => Math.round(n * 10) / 10;

describe('the weekly diagnosis', () => {
  it('says what moved, the best and worst articles, and observations that hold for the data', async () => {
    const { api } = openTestBackend();
    const own = await api.accounts.create(anAccount());
    const rising = await api.benchmarks.createPeer(aPeer({ name: '万象城·苏州' }));
    const steady = await api.benchmarks.createPeer(aPeer({ name: '大悦城·上海' }));
    const history = Array.from({ length: 8 }, (_, i) => aPost(own.id, { publishedAt: addDays('2026-09-20', i * 7), title: `日常推送 ${i}`, reads: 2000 }));
    await api.benchmarks.savePosts({
      rows: [
        ...history,
        // Last week (Sunday 2026-11-08 to Saturday 2026-11-14).
        aPost(own.id, { publishedAt: '2026-11-09', title: '上周一', reads: 2000 }),
        aPost(own.id, { publishedAt: '2026-11-10', title: '上周二', reads: 2000 }),
        aPost(rising.id, { publishedAt: '2026-11-10', title: '上周平平', reads: 1000 }),
        aPost(steady.id, { publishedAt: '2026-11-10', title: '上周稳定', reads: 10000 }),
        // This week (2026-11-15 to 2026-11-21).
        aPost(own.id, { publishedAt: '2026-11-16', title: '周末福利：满200减50', reads: 3000 }),
        aPost(own.id, { publishedAt: '2026-11-18', title: '本周日常', reads: 600 }),
        aPost(rising.id, { publishedAt: '2026-11-17', title: '年度盘点：苏州必逛商场TOP10', reads: 50000 }),
        aPost(steady.id, { publishedAt: '2026-11-17', title: '会员日抽奖', reads: 9000 }),
        ...[100, 200, 300].map((reads, i) => aPost(steady.id, { publishedAt: '2026-11-17', position: i + 2, title: `次条 ${i + 1}`, reads })),
      ],
    });

    const diagnosis = await api.benchmarks.diagnosis({ weekStart: '2026-11-18' });
    expect(diagnosis.period).toEqual({ kind: 'week', start: '2026-11-15' });
    expect(diagnosis.end).toBe('2026-11-21');
    const moves = diagnosis.moves.map((row) => Math.abs(percentChange(row.wci?.wci, row.previousWci)!));
    expect(diagnosis.moves[0]!.account.name).toBe('万象城·苏州');
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    // Seven articles: the better half (rounded up) is 最高, the rest 最低, lowest first.
    expect(diagnosis.best.map((p) => p.reads)).toEqual([50000, 9000, 3000, 600]);
    expect(diagnosis.best[0]!.account.name).toBe('万象城·苏州');
    expect(diagnosis.worst.map((p) => p.reads)).toEqual([100, 200, 300]);

    // The figures the observations must agree with, read independently of the diagnosis.
    const thisWeek = (await api.benchmarks.ranking({ period: { kind: 'week', start: '2026-11-15' } })).rows;
    const lastWeek = (await api.benchmarks.ranking({ period: { kind: 'week', start: '2026-11-08' } })).rows;
    const ownNow = thisWeek.find((r) => r.account.id === own.id)!;
    const ownBefore = lastWeek.find((r) => r.account.id === own.id)!;
    const risingNow = thisWeek.find((r) => r.account.id === rising.id)!;
    expect(ownNow.wci!.wci).toBeLessThan(ownBefore.wci!.wci);
    expect(diagnosis.observations).toEqual([
      {
        key: 'benchmarks.diagnosis.ownDown',
        params: { account: own.name, wci: round1(ownNow.wci!.wci), change: round1(Math.abs(percentChange(ownNow.wci!.wci, ownBefore.wci!.wci)!)), rank: 3, previousRank: 2 },
      },
      // The median of its last 12 weeks' 12 articles (2,000 × 10, 3,000, 600) is 2,000; 600 is under half.
      { key: 'benchmarks.diagnosis.ownLow', params: { account: own.name, title: '本周日常', reads: '600', median: '2,000', weeks: 12 } },
      {
        key: 'benchmarks.diagnosis.peerUp',
        params: { account: '万象城·苏州', change: round1(percentChange(risingNow.wci!.wci, risingNow.previousWci)!), title: '年度盘点：苏州必逛商场TOP10', reads: '50,000' },
      },
    ]);
    expect([ownNow.rank, ownBefore.rank]).toEqual([3, 2]);
    for (const { key, params } of diagnosis.observations) {
      for (const language of ['zh-CN', 'en'] as const) expect(translate(language, key as never, params)).not.toMatch(/\{\{|benchmarks\./);
    }
    expect(translate('zh-CN', diagnosis.observations[1]!.key as never, diagnosis.observations[1]!.params)).toBe('「悦汇·苏州购物中心」的《本周日常》阅读 600，不到该号近 12 周阅读中位数（2,000）的一半');
  });

  it('diagnoses the last full Sunday–Saturday week by default, and says nothing it cannot back', async () => {
    const { api } = openTestBackend();
    const diagnosis = await api.benchmarks.diagnosis({});
    const today = localDate(new Date());
    expect(weekdayOf(diagnosis.period.start)).toBe(0);
    expect(diagnosis.end < today).toBe(true);
    expect(addDays(diagnosis.end, 7) >= today).toBe(true);
    expect(diagnosis).toMatchObject({ moves: [], best: [], worst: [], observations: [] });
  });
});
