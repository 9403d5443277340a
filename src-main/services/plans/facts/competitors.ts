import type { BenchmarkRow, CompetitorsFacts } from '../../../../src-docs/plan/sections/competitors';
import type { RankRow } from '../../../../src-shared/contract/benchmarks';
import { periodEnd, periodOf, shiftPeriod, type Period } from '../../../../src-shared/domain/benchmarks/periods';
import { addMonths, localDate, monthStart } from '../../../../src-shared/domain/dates';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { postsIn, rankRows } from '../../benchmarks/analysis';
import { liveAccounts } from '../../benchmarks/bench-accounts';
import { createPeersService } from '../../benchmarks/peers';
import type { ServiceContext } from '../../context';

// Section 1's figures: the benchmarks' own ranking (figures, gsdata's WCI) of the latest month
// that has any, up to the plan's period, and the peers' learnings.

/** How far back a month with figures is looked for. */
const MONTHS_BACK = 12;

/** The month to start from: the period's last when it is over, else the last month that has ended. */
function latestMonth(period: PlanPeriod, today: string): Period {
  return period.end < today ? periodOf('month', period.end) : periodOf('month', addMonths(monthStart(today), -1));
}

/** Headline articles with reads per account in the month: the divisor of the 头条 average. */
function headlinesOf(ctx: ServiceContext, rows: readonly RankRow[], month: Period): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of postsIn(
    ctx,
    rows.map((r) => r.account),
    month.start,
    periodEnd(month),
  )) {
    if (post.position === 1 && post.reads !== null) counts.set(post.account_id, (counts.get(post.account_id) ?? 0) + 1);
  }
  return counts;
}

function toRow(row: RankRow, headlines: ReadonlyMap<string, number>): BenchmarkRow {
  const { figures } = row;
  const headlineCount = headlines.get(row.account.id) ?? 0;
  return {
    name: row.account.name,
    own: row.account.kind === 'own',
    platform: row.account.platform,
    followers: figures.followers,
    articles: figures.articles,
    reads: figures.reads,
    averageReads: figures.reads !== null && figures.articles ? Math.round(figures.reads / figures.articles) : null,
    headlineAverageReads: figures.derived && figures.readsHeadline !== null && headlineCount > 0 ? Math.round(figures.readsHeadline / headlineCount) : null,
    wci: row.wci?.wci ?? null,
    rank: row.rank,
  };
}

/** Peers always; own accounts that are official accounts (what the peers are) or have articles that month. */
const shown = (row: RankRow) => row.account.kind === 'peer' || row.account.platform.startsWith('wechat_') || row.figures.articles !== null;

/** The latest month up to the plan's period where some account has a WCI, with every shown account's figures; best WCI first. */
export function benchmarkMonth(ctx: ServiceContext, period: PlanPeriod, today = localDate(new Date())): Pick<CompetitorsFacts, 'month' | 'rows'> {
  const accounts = liveAccounts(ctx);
  let month = latestMonth(period, today);
  for (let step = 0; step < MONTHS_BACK && accounts.length > 0; step++, month = shiftPeriod(month, -1)) {
    const rows = rankRows(ctx, accounts, month);
    if (!rows.some((row) => row.wci !== null)) continue;
    const headlines = headlinesOf(ctx, rows, month);
    return { month: { start: month.start, end: periodEnd(month) }, rows: rows.filter(shown).map((row) => toRow(row, headlines)) };
  }
  const peers = accounts.filter((a) => a.kind === 'peer');
  return {
    month: null,
    rows: peers.map((account) => ({ name: account.name, own: false, platform: account.platform, followers: null, articles: null, reads: null, averageReads: null, headlineAverageReads: null, wci: null, rank: null })),
  };
}

/** The peers the table lists, best WCI first: a boss compares with the leaders, not with every account watched. */
const TABLE_PEERS = 20;

/** The figures of the plan's section "competitors" for the period (`today`: which months have ended). */
export function gatherCompetitors(ctx: ServiceContext, period: PlanPeriod, today?: string): CompetitorsFacts {
  const peersService = createPeersService(ctx);
  const learnings = peersService.listLearnings({});
  const { month, rows } = benchmarkMonth(ctx, period, today);
  const peers = rows.filter((r) => !r.own);
  const listed = new Set(peers.slice(0, TABLE_PEERS));
  return {
    month,
    rows: rows.filter((r) => r.own || listed.has(r)),
    peers: peers.length,
    learnings: peersService.listPeers().map((peer) => ({
      peer: peer.name,
      ownerCompany: peer.ownerCompany,
      items: learnings.filter((l) => l.peerId === peer.id).map(({ kind, text, link }) => ({ kind, text, link })),
    })),
  };
}
