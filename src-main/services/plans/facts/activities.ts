import type { ActivitiesFacts } from '../../../../src-docs/plan/sections/activities';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../../context';

/** The figures of the plan's section "activities" for the period. */
export function gatherActivities(_ctx: ServiceContext, _period: PlanPeriod): ActivitiesFacts {
  return { rows: 0 };
}
