import type { DocModel } from '../../../src-shared/contract/doc-model';
import type { Plan } from '../../../src-shared/contract/plans';
import type { Language } from '../../../src-shared/contract/settings';
import type { PlanSectionKey } from '../../../src-shared/domain/plans/plan-sections';
import { composePlan } from '../../../src-docs/plan/compose-plan';
import type { PlanSectionFacts } from '../../../src-docs/plan/plan-facts';
import type { ServiceContext } from '../context';
import { gatherActivities } from './facts/activities';
import { gatherCompetitors } from './facts/competitors';
import { gatherConcerns } from './facts/concerns';
import { gatherGrowth } from './facts/growth';
import { gatherOperations } from './facts/operations';
import { gatherStaff } from './facts/staff';
import { gatherValue } from './facts/value';

// A plan as its document: each shown section's figures read from the workspace as it is now,
// composed by src-docs. Only the shown sections are read.

/** `today`: the figures known by then (a plan for next quarter reads the history up to today, not the period's eve). */
type Gatherer<K extends PlanSectionKey> = (ctx: ServiceContext, plan: Plan, today: string) => PlanSectionFacts[K];
const period = (plan: Plan) => ({ kind: plan.periodKind, start: plan.periodStart, end: plan.periodEnd });
const GATHERERS: { [K in PlanSectionKey]: Gatherer<K> } = {
  competitors: (ctx, plan, today) => gatherCompetitors(ctx, period(plan), today),
  value: (ctx, plan) => gatherValue(ctx, period(plan)),
  activities: (ctx, plan) => gatherActivities(ctx, period(plan)),
  concerns: (ctx, plan) => gatherConcerns(ctx, period(plan)),
  operations: (ctx, plan) => gatherOperations(ctx, period(plan)),
  staff: (ctx, plan, today) => gatherStaff(ctx, period(plan), today),
  growth: (ctx, plan, today) => gatherGrowth(ctx, period(plan), plan.assumptions, today),
};

export interface PlanDocumentOptions {
  locale: Language;
  today: string;
  company: { name: string; shortName: string };
}

export function planDocument(ctx: ServiceContext, plan: Plan, options: PlanDocumentOptions): DocModel {
  const shown = plan.sections.filter((section) => !section.hidden);
  const facts: Partial<PlanSectionFacts> = {};
  for (const { key } of shown) (facts as Record<PlanSectionKey, unknown>)[key] = GATHERERS[key](ctx, plan, options.today);
  return composePlan({
    ...options,
    title: plan.title,
    author: plan.author,
    period: period(plan),
    sections: shown.map(({ key, note }) => ({ key, note })),
    facts,
  });
}
