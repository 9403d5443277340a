import type { DocNode } from '../../src-shared/domain/articles/doc';
import type { PlanPeriod, PlanSectionKey } from '../../src-shared/domain/plans/plan-sections';
import type { Language } from '../../src-shared/contract/settings';
import type { ActivitiesFacts } from './sections/activities';
import type { CompetitorsFacts } from './sections/competitors';
import type { ConcernsFacts } from './sections/concerns';
import type { GrowthFacts } from './sections/growth';
import type { OperationsFacts } from './sections/operations';
import type { StaffFacts } from './sections/staff';
import type { ValueFacts } from './sections/value';

// Everything the plan document is composed from: plain data the desktop gathers from its
// workspace (services/plans) and HQ could gather from synced rows, so src-docs never reads a database.

export interface PlanSectionFacts {
  competitors: CompetitorsFacts;
  value: ValueFacts;
  activities: ActivitiesFacts;
  concerns: ConcernsFacts;
  operations: OperationsFacts;
  staff: StaffFacts;
  growth: GrowthFacts;
}

export interface PlanDocumentInput {
  locale: Language;
  /** 'YYYY-MM-DD': the cover's date. */
  today: string;
  company: { name: string; shortName: string };
  /** '' = the default title (company and period). */
  title: string;
  author: string;
  period: PlanPeriod;
  /** The sections to show, in order, with the operator's text. */
  sections: { key: PlanSectionKey; note: DocNode | null }[];
  /** The figures of each shown section. */
  facts: Partial<PlanSectionFacts>;
}
