import type { TFunction } from 'i18next';
import type { PlanPeriod } from '../../../src-shared/domain/plans/plan-sections';
import { periodParts } from './period-choices';

/** A period as operators (and the document's cover) say it: 2027年第一季度, 2027年上半年, 2027-01-01 至 2027-02-15. */
export function periodLabel(t: TFunction, period: PlanPeriod): string {
  const { year, quarter, half } = periodParts(period);
  if (period.kind === 'quarter') return t(`plans.period.quarter.q${quarter as 1 | 2 | 3 | 4}`, { year });
  if (period.kind === 'half') return t(half === 1 ? 'plans.period.h1' : 'plans.period.h2', { year });
  return t('plans.period.custom', { start: period.start, end: period.end });
}

/** A plan's (or summary's) period fields as a PlanPeriod. */
export const periodOf = (plan: { periodKind: PlanPeriod['kind']; periodStart: string; periodEnd: string }): PlanPeriod => ({ kind: plan.periodKind, start: plan.periodStart, end: plan.periodEnd });

/** What a plan is called in lists and messages: its title, or 2027年第一季度运营方案 while it has none. */
export function planName(t: TFunction, plan: { title: string; periodKind: PlanPeriod['kind']; periodStart: string; periodEnd: string }): string {
  return plan.title || t('plans.list.untitled', { period: periodLabel(t, periodOf(plan)) });
}
