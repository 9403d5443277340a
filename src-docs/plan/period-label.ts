import type { Language } from '../../src-shared/contract/settings';
import type { PlanPeriod } from '../../src-shared/domain/plans/plan-sections';
import type { Words } from '../words';
import { companyName } from './section-context';
import { longDate, numeral } from './format';

// A plan's period and default title as the cover and the title say them: 2027年第一季度,
// 2027年上半年, 2027年1月15日至2027年3月20日.

export function planPeriodLabel(period: PlanPeriod, locale: Language, words: Words): string {
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  if (period.kind === 'quarter') return words('planDoc.period.quarter', { year, n: numeral(locale, Math.floor((month - 1) / 3) + 1) });
  if (period.kind === 'half') return words(month <= 6 ? 'planDoc.period.half.h1' : 'planDoc.period.half.h2', { year });
  return words('planDoc.period.custom', { start: longDate(locale, period.start), end: longDate(locale, period.end) });
}

/** The title a plan has until the operator gives one: the company's short name (else its name, else 本公司) and the period. */
export function defaultPlanTitle(company: { name: string; shortName: string }, period: PlanPeriod, locale: Language, words: Words): string {
  return words('planDoc.defaultTitle', { company: companyName(company, words), period: planPeriodLabel(period, locale, words) });
}
