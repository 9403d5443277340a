import type { CompetitorsFacts } from '../../../../src-docs/plan/sections/competitors';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../../context';

/** The figures of the plan's section "competitors" for the period. */
export function gatherCompetitors(_ctx: ServiceContext, _period: PlanPeriod): CompetitorsFacts {
  return { rows: 0 };
}
