import { z } from 'zod';
import { monthlyPushLimit } from '../calendar/push-rules';
import { weekdayOf } from '../dates';

/** How often a column (栏目) appears. Weekdays are 1 (Monday) … 7 (Sunday), as Chinese calendars count. */
export const Cadence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily') }),
  z.object({ kind: z.literal('weekly'), weekdays: z.array(z.number().int().min(1).max(7)).min(1, 'validation.pickWeekday') }),
  z.object({ kind: z.literal('monthly'), days: z.array(z.number().int().min(1).max(31)).min(1, 'validation.pickMonthDay') }),
  z.object({ kind: z.literal('irregular') }),
]);
export type Cadence = z.infer<typeof Cadence>;

/** Roughly how many appearances a cadence makes in a 30-day month, for sorting and summaries. */
export function appearancesPerMonth(cadence: Cadence): number {
  switch (cadence.kind) {
    case 'daily':
      return 30;
    case 'weekly':
      return (new Set(cadence.weekdays).size * 30) / 7;
    case 'monthly':
      return new Set(cadence.days).size;
    case 'irregular':
      return 0;
  }
}

export function parseCadence(text: string): Cadence {
  const parsed = Cadence.safeParse(JSON.parse(text || '{"kind":"irregular"}'));
  return parsed.success ? parsed.data : { kind: 'irregular' };
}

/** Whether a cadence has an appearance on a 'YYYY-MM-DD' date. A monthly day the month lacks (31 in April) has none. */
export function isCadenceDay(cadence: Cadence, date: string): boolean {
  switch (cadence.kind) {
    case 'daily':
      return true;
    case 'weekly':
      // weekdayOf counts 0 = Sunday; cadences count Sunday as 7.
      return cadence.weekdays.includes(weekdayOf(date) || 7);
    case 'monthly':
      return cadence.days.includes(Number(date.slice(8, 10)));
    case 'irregular':
      return false;
  }
}

/** Those of `days` (e.g. `eachDay(from, to)`, made once for many columns: it is the costly part) on which a cadence appears. */
export function cadenceDates(cadence: Cadence, days: readonly string[]): string[] {
  if (cadence.kind === 'irregular') return [];
  return days.filter((date) => isCadenceDay(cadence, date));
}

/**
 * The most days one calendar month can hold on which any of `cadences` appears: their pushes in
 * the worst month, as columns that meet on a day go out in one push. Counted over every shape a
 * month can have (28–31 days, starting on any weekday), so no calendar is needed.
 */
export function mostDaysInAMonth(cadences: readonly Cadence[]): number {
  let most = 0;
  for (let length = 28; length <= 31; length++) {
    for (let firstWeekday = 1; firstWeekday <= 7; firstWeekday++) {
      let days = 0;
      for (let day = 1; day <= length; day++) {
        const weekday = ((firstWeekday - 1 + day - 1) % 7) + 1;
        if (cadences.some((c) => c.kind === 'daily' || (c.kind === 'weekly' && c.weekdays.includes(weekday)) || (c.kind === 'monthly' && c.days.includes(day)))) days++;
      }
      most = Math.max(most, days);
    }
  }
  return most;
}

/** When an account's columns push more often in some month than its platform allows (a 服务号's 4): that month's pushes and the limit. */
export function cadenceOverLimit(platform: string, cadences: readonly Cadence[]): { count: number; max: number } | undefined {
  const max = monthlyPushLimit(platform);
  if (max === undefined) return undefined;
  const count = mostDaysInAMonth(cadences);
  return count > max ? { count, max } : undefined;
}
