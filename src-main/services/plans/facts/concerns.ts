import type { ConcernsFacts } from '../../../../src-docs/plan/sections/concerns';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../../context';

/** The figures of the plan's section "concerns" for the period. */
export function gatherConcerns(_ctx: ServiceContext, _period: PlanPeriod): ConcernsFacts {
  return { rows: 0 };
}
