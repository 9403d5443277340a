import { z } from 'zod';

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
