import { daysInclusive, monthEnd } from '../dates';

// A monthly target is met at the end of the month; part-way through, the operator wants to see
// who is behind. The pace is the share of the month's days gone by, today included.

/** The elapsed share of `month` ('YYYY-MM') on `today`: 0 before it starts, 1 once it is over. */
export function monthPace(month: string, today: string): number {
  const first = `${month}-01`;
  const last = monthEnd(first);
  if (today < first) return 0;
  if (today >= last) return 1;
  return daysInclusive(first, today) / daysInclusive(first, last);
}

/** Before a quarter of the month has gone by, nobody is judged behind: one day's gap is noise. */
const TOO_EARLY = 0.25;

/** Whether `actual` is below the whole units `pace` of `target` asks for (a hand-entered KPI is never behind). */
export function isBehindPace(actual: number | null, target: number, pace: number): boolean {
  return actual !== null && target > 0 && pace >= TOO_EARLY && actual < Math.floor(target * pace);
}
