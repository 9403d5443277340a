import type { Language } from '../../src-shared/contract/settings';
import type { PlanPeriod } from '../../src-shared/domain/plans/plan-sections';

/** What a section's composer knows of the document besides its facts: the language, the period, the company. */
export interface SectionContext {
  locale: Language;
  period: PlanPeriod;
  company: { name: string; shortName: string };
}
