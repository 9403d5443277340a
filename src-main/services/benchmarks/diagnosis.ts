import type { Diagnosis, PostWithAccount } from '../../../src-shared/contract/benchmarks';
import { diagnosisObservations, MEDIAN_WEEKS } from '../../../src-shared/domain/benchmarks/diagnosis';
import { periodEnd, weekStartOf, type Period } from '../../../src-shared/domain/benchmarks/periods';
import { articleType } from '../../../src-shared/domain/benchmarks/title-types';
import { percentChange, wciRanks } from '../../../src-shared/domain/benchmarks/wci';
import { addDays, localDate } from '../../../src-shared/domain/dates';
import type { ServiceContext } from '../context';
import { liveAccounts } from './bench-accounts';
import { postsIn, rankRows } from './analysis';
import { toPost, withAccount } from './figure-rows';

// The weekly diagnosis (周诊断): for a gsdata week (Sunday–Saturday), what moved among own and
// peer accounts, the week's best and worst articles, and observations computed from them.

const ARTICLES_SHOWN = 5;

/** The last full Sunday–Saturday week before `today`. */
export function lastFullWeek(today: string): string {
  return addDays(weekStartOf(today), -7);
}

export function createDiagnosis(ctx: ServiceContext) {
  return {
    diagnosis({ weekStart }: { weekStart?: string }): Diagnosis {
      const period: Period = { kind: 'week', start: weekStart ? weekStartOf(weekStart) : lastFullWeek(localDate(new Date())) };
      const end = periodEnd(period);
      const accounts = liveAccounts(ctx);
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const rows = rankRows(ctx, accounts, period);
      const previousRanks = wciRanks(rows.map((r) => r.previousWci));
      const move = (i: number) => {
        const change = percentChange(rows[i]!.wci?.wci, rows[i]!.previousWci);
        return change === null ? -1 : Math.abs(change);
      };
      const order = rows.map((_, i) => i).sort((a, b) => move(b) - move(a) || (rows[a]!.rank ?? Infinity) - (rows[b]!.rank ?? Infinity));

      const week = postsIn(ctx, accounts, period.start, end).map(toPost);
      const known = week.filter((p) => p.reads !== null);
      // A short week splits its articles between the two lists rather than leaving 最低 empty.
      const best = known.slice(0, Math.min(ARTICLES_SHOWN, Math.ceil(known.length / 2)));
      const worst = known.slice(best.length).reverse().slice(0, ARTICLES_SHOWN);
      const own = accounts.filter((a) => a.kind === 'own');
      const ownRecentReads = new Map<string, number[]>();
      for (const post of postsIn(ctx, own, addDays(period.start, -7 * (MEDIAN_WEEKS - 1)), end)) {
        if (post.reads === null) continue;
        const reads = ownRecentReads.get(post.account_id);
        if (reads) reads.push(post.reads);
        else ownRecentReads.set(post.account_id, [post.reads]);
      }
      const observations = diagnosisObservations({
        rows: rows.map((row, i) => ({ account: row.account, wci: row.wci?.wci ?? null, previousWci: row.previousWci, rank: row.rank, previousRank: previousRanks[i]! })),
        articles: week.map((p) => ({ accountId: p.accountId, title: p.title, reads: p.reads, type: articleType(p.kind, p.title) })),
        ownRecentReads,
      });
      const shown = (posts: typeof week): PostWithAccount[] => posts.map((p) => withAccount(p, byId));
      return { period, end, moves: order.map((i) => rows[i]!), best: shown(best), worst: shown(worst), observations };
    },
  };
}
