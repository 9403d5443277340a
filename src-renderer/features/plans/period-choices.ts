import { nextQuarter, parsePlanPeriod, type PlanPeriod } from '../../../src-shared/domain/plans/plan-sections';

// The create form's period: quick choices relative to today (本季度, 下季度, the next half year),
// a quarter or half-year of a chosen year, or a custom range. The maths only; the words are in i18n.

export type QuickChoice = 'thisQuarter' | 'nextQuarter' | 'nextHalf';
export const QUICK_CHOICES: readonly QuickChoice[] = ['nextQuarter', 'thisQuarter', 'nextHalf'];

const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
const halfOf = (date: string) => (Number(date.slice(5, 7)) <= 6 ? 1 : 2);

/** The quarter of a year (1–4). */
export function quarterPeriod(year: number, quarter: number): PlanPeriod {
  return parsePlanPeriod(`${year}Q${quarter}`)!;
}

/** The half of a year (1 = 上半年, 2 = 下半年). */
export function halfPeriod(year: number, half: 1 | 2): PlanPeriod {
  return parsePlanPeriod(`${year}H${half}`)!;
}

/**
 * A quick choice's period on `today`. The next half year is this year's second half while in the
 * first, and next year's first half once in the second (a plan is for time still ahead).
 */
export function quickPeriod(choice: QuickChoice, today: string): PlanPeriod {
  const year = Number(today.slice(0, 4));
  if (choice === 'thisQuarter') return quarterPeriod(year, quarterOf(today));
  if (choice === 'nextQuarter') return nextQuarter(today);
  return halfOf(today) === 1 ? halfPeriod(year, 2) : halfPeriod(year + 1, 1);
}

/** The quick choice that gives this period on `today`, if one does. */
export function quickChoiceOf(period: PlanPeriod, today: string): QuickChoice | undefined {
  return QUICK_CHOICES.find((choice) => {
    const quick = quickPeriod(choice, today);
    return quick.kind === period.kind && quick.start === period.start && quick.end === period.end;
  });
}

/** The year, quarter and half a period starts in, for the pickers. */
export function periodParts(period: PlanPeriod): { year: number; quarter: number; half: 1 | 2 } {
  return { year: Number(period.start.slice(0, 4)), quarter: quarterOf(period.start), half: halfOf(period.start) };
}
