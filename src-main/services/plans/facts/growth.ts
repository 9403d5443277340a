import type { GrowthFacts } from '../../../../src-docs/plan/sections/growth';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../../context';

/** The figures of the plan's section "growth" for the period. */
export function gatherGrowth(_ctx: ServiceContext, _period: PlanPeriod): GrowthFacts {
  return { rows: 0 };
}
