import { z } from 'zod';
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
