import type { ConcernsFacts } from '../../../../src-docs/plan/sections/concerns';
import { CONCERN_CATEGORIES } from '../../../../src-shared/contract/concerns';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { createConcernsService } from '../../concerns/concerns-service';
import type { ServiceContext } from '../../context';

// Section 4's figures: the concerns service's own ranking (most frequent first), open ones only,
// and how they spread over the categories. A concern is what followers keep asking now, so the
// period does not filter them.

/** The top of the list a boss reads; the rest are counted. */
const TOP = 10;

/** The concerns service answers at once (SQLite); its handler type allows a promise, as every domain's does. */
function answered<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('the concerns service answered asynchronously');
  return value;
}

/** The figures of the plan's section "concerns" for the period. */
export function gatherConcerns(ctx: ServiceContext, _period: PlanPeriod): ConcernsFacts {
  const open = answered(createConcernsService(ctx).list({})).filter((c) => c.status !== 'closed');
  return {
    top: open.slice(0, TOP).map(({ topic, category, frequency, status, notes, articles }) => ({ topic, category, frequency, status, notes, answeredBy: articles.map((a) => a.title) })),
    open: open.length,
    counts: CONCERN_CATEGORIES.map((category) => {
      const of = open.filter((c) => c.category === category);
      return { category, concerns: of.length, frequency: of.reduce((sum, c) => sum + c.frequency, 0) };
    }),
  };
}
