import type { BenchAccount } from '../../../src-shared/contract/benchmarks';
import { combineFigures, FIGURE_FIELDS, METRICS, type ArticleFigures, type PeriodFigures } from '../../../src-shared/domain/benchmarks/figures';
import { periodEnd, periodsBetween, type Period, type PeriodKind } from '../../../src-shared/domain/benchmarks/periods';
import { addDays, localDate } from '../../../src-shared/domain/dates';
import type { ServiceContext } from '../context';
import type { SnapshotSqlRow } from './figure-rows';

// A run of periods' figures for some accounts, computed in SQL: one GROUP BY over the articles
// (count, totals, headline totals, maxima per account and period bucket), one read of the
// snapshots, one of own accounts' last 累积关注人数 per bucket (else, for the current and the
// just-ended period, the register's 粉丝数). A month's bucket is its own articles' month, never its weeks'.

export type ShownFigures = PeriodFigures & { derived: boolean };

/** The period (of a kind) a 'YYYY-MM-DD…' column falls in, as SQL: Sunday weeks by strftime('%w'), months by their 1st. */
export function bucketSql(kind: PeriodKind, column: string): string {
  const day = `substr(${column}, 1, 10)`;
  return kind === 'week' ? `date(${day}, '-' || strftime('%w', ${day}) || ' days')` : `substr(${column}, 1, 7) || '-01'`;
}

/** Per metric: total, headline total (0 when no headline is known but others are, as figuresFromPosts), maximum. */
const AGGREGATES = METRICS.map((m) => `SUM(${m}) AS ${m}, CASE WHEN COUNT(${m}) > 0 THEN SUM(CASE WHEN position = 1 THEN ${m} ELSE 0 END) END AS ${m}Headline, MAX(${m}) AS ${m}Max`).join(', ');

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** The bare aggregate query (the bench's floor times it alone). */
export function articleAggregateSql(kind: PeriodKind, accounts: number): string {
  return `SELECT account_id AS accountId, ${bucketSql(kind, 'published_at')} AS start, COUNT(*) AS articles, ${AGGREGATES}
    FROM post_metrics WHERE account_id IN (${placeholders(accounts)}) AND published_at >= ? AND published_at < ? AND deleted_at IS NULL
    GROUP BY account_id, start`;
}

export interface FiguresTable {
  periods: Period[];
  /** The figures shown for an account's period (all null when nothing is known). */
  get(accountId: string, start: string): ShownFigures;
}

/** A snapshot row's figures under the domain's names. */
function enteredFigures(row: SnapshotSqlRow): PeriodFigures {
  return Object.fromEntries(FIGURE_FIELDS.map((f) => [f, row[f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as keyof SnapshotSqlRow] as number | null])) as unknown as PeriodFigures;
}

const key = (accountId: string, start: string) => `${accountId}|${start}`;

/** The figures of every period of `kind` from the one containing `from` to the one containing `to`, for the accounts. */
export function figuresTable(ctx: ServiceContext, accounts: readonly BenchAccount[], kind: PeriodKind, from: string, to: string): FiguresTable {
  const periods = periodsBetween(kind, from, to);
  const first = periods[0]!.start;
  const last = periodEnd(periods[periods.length - 1]!);
  const ids = accounts.map((a) => a.id);
  const articles = new Map<string, ArticleFigures>();
  const entered = new Map<string, SnapshotSqlRow>();
  const fallback = new Map<string, number>();
  if (ids.length) {
    for (const row of ctx.sqlite.prepare(articleAggregateSql(kind, ids.length)).all(...ids, first, addDays(last, 1)) as Array<ArticleFigures & { accountId: string; start: string }>) {
      const { accountId, start, ...figures } = row;
      articles.set(key(accountId, start), figures);
    }
    const snapshots = ctx.sqlite
      .prepare(`SELECT * FROM metric_snapshots WHERE account_id IN (${placeholders(ids.length)}) AND period = ? AND period_start >= ? AND period_start <= ? AND deleted_at IS NULL`)
      .all(...ids, kind, first, last) as SnapshotSqlRow[];
    for (const row of snapshots) entered.set(key(row.account_id, row.period_start), row);
    const own = accounts.filter((a) => a.kind === 'own').map((a) => a.id);
    if (own.length) {
      // SQLite's bare column beside MAX(): the cumulative of the bucket's last day that has one.
      const days = ctx.sqlite
        .prepare(
          `SELECT account_id AS accountId, ${bucketSql(kind, 'date')} AS start, cumulative, MAX(date) AS day FROM follower_days
           WHERE account_id IN (${placeholders(own.length)}) AND date >= ? AND date <= ? AND cumulative IS NOT NULL AND deleted_at IS NULL GROUP BY account_id, start`,
        )
        .all(...own, first, last) as Array<{ accountId: string; start: string; cumulative: number }>;
      for (const row of days) fallback.set(key(row.accountId, row.start), row.cumulative);
      // The register's 粉丝数 is today's: it stands in for the period under way and the one just ended.
      const today = localDate(new Date());
      const recent = periods.filter((p) => p.start <= today && periodEnd(p) >= addDays(today, -7));
      const registered = ctx.sqlite.prepare(`SELECT id, followers FROM accounts WHERE id IN (${placeholders(own.length)}) AND followers > 0`).all(...own) as Array<{ id: string; followers: number }>;
      for (const { id, followers } of registered) for (const p of recent) if (!fallback.has(key(id, p.start))) fallback.set(key(id, p.start), followers);
    }
  }
  return {
    periods,
    get(accountId, start) {
      const k = key(accountId, start);
      const snapshot = entered.get(k);
      return combineFigures(snapshot && enteredFigures(snapshot), articles.get(k), fallback.get(k) ?? null);
    },
  };
}
