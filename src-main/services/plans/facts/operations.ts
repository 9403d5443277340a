import type { OperationsFacts } from '../../../../src-docs/plan/sections/operations';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../../context';

/** The figures of the plan's section "operations" for the period. */
export function gatherOperations(_ctx: ServiceContext, _period: PlanPeriod): OperationsFacts {
  return { rows: 0 };
}
