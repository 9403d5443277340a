import type { ValueFacts } from '../../../../src-docs/plan/sections/value';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../../context';

/** The figures of the plan's section "value" for the period. */
export function gatherValue(_ctx: ServiceContext, _period: PlanPeriod): ValueFacts {
  return { rows: 0 };
}
