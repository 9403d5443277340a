import { addMonths, monthEnd, monthStart } from '../../../src-shared/domain/dates';

// The period the cost list shows: a month, a quarter (Q1 = Jan–Mar) or a custom range, as the
// [from, to] the contract filters by.

export type PeriodKind = 'month' | 'quarter' | 'range';
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

export function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

/** The month or quarter holding `date`; a range keeps the one it has. */
export function periodAround(kind: PeriodKind, date: string, current?: Period): Period {
  if (kind === 'month') return { kind, from: monthStart(date), to: monthEnd(date) };
  if (kind === 'quarter') {
    const from = quarterStart(date);
    return { kind, from, to: monthEnd(addMonths(from, 2)) };
  }
  return { kind, from: current?.from ?? monthStart(date), to: current?.to ?? monthEnd(date) };
}

/** The month or quarter before (-1) or after (+1). */
export function shiftPeriod(period: Period, step: -1 | 1): Period {
  return periodAround(period.kind, addMonths(period.from, step * (period.kind === 'quarter' ? 3 : 1)));
}
