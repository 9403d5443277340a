import type { StaffFacts } from '../../../../src-docs/plan/sections/staff';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../../context';

/** The figures of the plan's section "staff" for the period. */
export function gatherStaff(_ctx: ServiceContext, _period: PlanPeriod): StaffFacts {
  return { rows: 0 };
}
