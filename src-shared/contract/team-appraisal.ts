import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { Month } from './activities';
import { Id } from './common';

// 考核 (issue 12, point 5): a KPI names what the data computes it from, and the appraisal of a
// month puts each member's actual figures beside the targets.

/** '' = entered by hand; otherwise the figure of the month it is computed from. */
export const KPI_METRICS = ['', 'articles', 'reads', 'hours', 'activities', 'new_followers'] as const;
export const KpiMetric = z.enum(KPI_METRICS);
export type KpiMetric = z.infer<typeof KpiMetric>;

export const AppraisalInput = z.object({
  month: Month,
  /** The caller's day (the renderer's local date), for the pace of the current month; default the back end's. */
  today: z.string().refine(isIsoDate, 'validation.date').optional(),
});
export type AppraisalInput = z.infer<typeof AppraisalInput>;

export const AppraisalKpi = z.object({
  kpiId: Id,
  name: z.string(),
  unit: z.string(),
  metric: KpiMetric,
  target: z.number(),
  /** Computed from the month's data; null for a KPI entered by hand. */
  actual: z.number().nullable(),
  /** actual / target (0.5 = half-way); null when there is no actual or no target. */
  progress: z.number().nullable(),
  /** Below the share of the target the elapsed part of the month asks for. */
  behind: z.boolean(),
});
export type AppraisalKpi = z.infer<typeof AppraisalKpi>;

export const AppraisalMember = z.object({ memberId: Id, name: z.string(), kpis: z.array(AppraisalKpi) });
export type AppraisalMember = z.infer<typeof AppraisalMember>;

export const Appraisal = z.object({
  month: z.string(),
  /** The elapsed share of the month (0 before it, 1 after it): the pace a computed KPI is held to. */
  pace: z.number(),
  /** Members with at least one KPI, in the team's order. */
  members: z.array(AppraisalMember),
});
export type Appraisal = z.infer<typeof Appraisal>;
