import type { Words } from '../words';
import type { Language } from '../../src-shared/contract/settings';
import type { PlanPeriod } from '../../src-shared/domain/plans/plan-sections';

/** What a section's composer knows of the document besides its facts: the language, the period, the company. */
export interface SectionContext {
  locale: Language;
  period: PlanPeriod;
  company: { name: string; shortName: string };
}

/** How the document names the company: its short name, else its name, else 本公司 (a workspace not set up yet). */
export function companyName(company: SectionContext['company'], words: Words): string {
  return company.shortName.trim() || company.name.trim() || words('planDoc.ourCompany');
}
