import type { BenchAccount, PostWithAccount, Ranking, RankRow, Trend, TypeGroup } from '../../../src-shared/contract/benchmarks';
import { wciInputOf } from '../../../src-shared/domain/benchmarks/figures';
import { median } from '../../../src-shared/domain/benchmarks/numbers';
import { periodDays, periodEnd, shiftPeriod, type Period, type PeriodKind } from '../../../src-shared/domain/benchmarks/periods';
import { articleType } from '../../../src-shared/domain/benchmarks/title-types';
import { computeWci, wciRanks } from '../../../src-shared/domain/benchmarks/wci';
import { addDays } from '../../../src-shared/domain/dates';
import type { ServiceContext } from '../context';
import { accountsOf, liveAccounts, requireBenchAccounts } from './bench-accounts';
import { toPost, withAccount, type PostSqlRow } from './figure-rows';
import { figuresTable, type ShownFigures } from './period-figures';

// Rankings, trends, comparisons and "what reads best", over the figures of period-figures.ts.

const wciOf = (period: Period, figures: ShownFigures) => {
  const input = wciInputOf(period, figures);
  return input ? computeWci(input) : null;
};

/** Rank rows of the accounts for a period, with the previous period's WCI and followers; best WCI first, accounts without one last. */
export function rankRows(ctx: ServiceContext, accounts: readonly BenchAccount[], period: Period): RankRow[] {
  const previous = shiftPeriod(period, -1);
  const table = figuresTable(ctx, accounts, period.kind, previous.start, period.start);
  const rows = accounts.map((account) => {
    const figures = table.get(account.id, period.start);
    const before = table.get(account.id, previous.start);
    return { account, figures, wci: wciOf(period, figures), rank: null as number | null, previousWci: wciOf(previous, before)?.wci ?? null, previousFollowers: before.followers };
  });
  const ranks = wciRanks(rows.map((r) => r.wci?.wci ?? null));
  rows.forEach((row, i) => (row.rank = ranks[i]!));
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

export function rankingOf(period: Period, rows: RankRow[]): Ranking {
  return { period, end: periodEnd(period), days: periodDays(period), rows };
}

type Owner = 'peer' | 'own' | 'all';

/** Live articles of the accounts in from..to, best read first (unknown reads last). */
export function postsIn(ctx: ServiceContext, accounts: readonly BenchAccount[], from: string, to: string, limit?: number): PostSqlRow[] {
  if (accounts.length === 0) return [];
  return ctx.sqlite
    .prepare(
      `SELECT * FROM post_metrics WHERE account_id IN (${accounts.map(() => '?').join(',')}) AND published_at >= ? AND published_at < ? AND deleted_at IS NULL
       ORDER BY reads IS NULL, reads DESC, published_at DESC, position ${limit ? 'LIMIT ?' : ''}`,
    )
    .all(...accounts.map((a) => a.id), from, addDays(to, 1), ...(limit ? [limit] : [])) as PostSqlRow[];
}

export function createAnalysis(ctx: ServiceContext) {
  return {
    ranking({ period }: { period: Period }): Ranking {
      return rankingOf(period, rankRows(ctx, liveAccounts(ctx), period));
    },
    compare({ period, accountIds }: { period: Period; accountIds: string[] }): Ranking {
      return rankingOf(period, rankRows(ctx, requireBenchAccounts(ctx, [...new Set(accountIds)], 'accountIds'), period));
    },
    trend({ from, to, kind, accountIds }: { from: string; to: string; kind: PeriodKind; accountIds: string[] }): Trend {
      const accounts = requireBenchAccounts(ctx, [...new Set(accountIds)], 'accountIds');
      const table = figuresTable(ctx, accounts, kind, from, to < from ? from : to);
      return {
        kind,
        series: accounts.map((account) => ({
          account,
          points: table.periods.map((period) => {
            const figures = table.get(account.id, period.start);
            return { start: period.start, followers: figures.followers, reads: figures.reads, wci: wciOf(period, figures)?.wci ?? null };
          }),
        })),
      };
    },
    topPosts({ from, to, accountIds, owner, limit }: { from: string; to: string; accountIds?: string[]; owner?: Owner; limit?: number }): PostWithAccount[] {
      const accounts = accountsOf(ctx, owner ?? (accountIds ? 'all' : 'peer'), accountIds);
      const byId = new Map(accounts.map((a) => [a.id, a]));
      return postsIn(ctx, accounts, from, to, limit ?? 20).map((row) => withAccount(toPost(row), byId));
    },
    readsByType({ from, to, accountIds, owner }: { from: string; to: string; accountIds?: string[]; owner?: Owner }): TypeGroup[] {
      const accounts = accountsOf(ctx, owner ?? (accountIds ? 'all' : 'peer'), accountIds);
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const groups = new Map<string, PostSqlRow[]>();
      // Best read first, so each group's first three are its examples.
      for (const row of postsIn(ctx, accounts, from, to)) {
        if (row.reads === null) continue;
        const type = articleType(row.kind, row.title);
        const group = groups.get(type);
        if (group) group.push(row);
        else groups.set(type, [row]);
      }
      return [...groups]
        .map(([type, rows]) => ({
          type,
          posts: rows.length,
          averageReads: Math.round(rows.reduce((sum, r) => sum + r.reads!, 0) / rows.length),
          medianReads: Math.round(median(rows.map((r) => r.reads!))!),
          examples: rows.slice(0, 3).map((row) => withAccount(toPost(row), byId)),
        }))
        .sort((a, b) => b.averageReads - a.averageReads || b.posts - a.posts || a.type.localeCompare(b.type));
    },
  };
}
