import type { OwnStanding, ValueFacts } from '../../../../src-docs/plan/sections/value';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { createAccountsService } from '../../accounts/accounts-service';
import { liveColumnsOf } from '../../columns/columns-service';
import type { ServiceContext } from '../../context';
import { benchmarkMonth } from './competitors';

// Section 2's figures: the account register with each account's columns, and the own accounts'
// places in section 1's ranking (by WCI, and by reads per article).

/** The figures of the plan's section "value" for the period. */
export function gatherValue(ctx: ServiceContext, period: PlanPeriod): ValueFacts {
  const columns = liveColumnsOf(ctx);
  const accounts = createAccountsService(ctx)
    .list()
    .map((a) => ({
      name: a.name,
      platform: a.platform,
      purpose: a.purpose,
      businessLine: a.businessLine,
      verified: a.verified,
      followers: a.followers,
      notes: a.notes,
      columns: columns.filter((c) => c.accountId === a.id).map((c) => c.name),
    }));
  const { month, rows } = benchmarkMonth(ctx, period);
  const reads = rows.map((r) => r.averageReads).filter((v): v is number => v !== null);
  const standings: OwnStanding[] = rows
    .filter((r) => r.own)
    .map((r) => ({
      name: r.name,
      wci: r.wci,
      rank: r.rank,
      averageReads: r.averageReads,
      readsRank: r.averageReads === null ? null : reads.filter((v) => v > r.averageReads!).length + 1,
    }));
  return { accounts, month, ranked: rows.filter((r) => r.wci !== null).length, standings };
}
