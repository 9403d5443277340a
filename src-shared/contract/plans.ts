import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { isPlanPeriod, PLAN_PERIOD_KINDS, PLAN_SECTION_KEYS, PLAN_TEMPLATES, type PlanPeriodKind as PeriodKind } from '../domain/plans/plan-sections';
import { Id, IdInput, Ok, optionalText, RowMeta } from './common';
import { defineDomain, method } from './define';
import { DocModel } from './doc-model';
import { DocNodeSchema } from './library';

// The marketing plan (运营方案): a period, its seven sections (figures from the workspace plus the
// operator's own text), the forecast's assumptions, and every export recorded with what it held.

const IsoDate = z.string().refine(isIsoDate, 'validation.date');

export const PlanSectionKey = z.enum(PLAN_SECTION_KEYS);
export const PlanTemplate = z.enum(PLAN_TEMPLATES);
export const PlanPeriodKind = z.enum(PLAN_PERIOD_KINDS);

/**
 * What the follower forecast assumes. null = taken from the history (the composer shows the value
 * it took); a number = the operator's own, shown as such in the document.
 */
export const ForecastAssumptions = z.object({
  /** Net new followers a month without activities. */
  monthlyNetGrowth: z.number().int().min(-10_000_000).max(10_000_000).nullable(),
  /** New followers one planned activity brings. */
  perActivityNewFollowers: z.number().int().min(0).max(10_000_000).nullable(),
  /** Of an activity's new followers, the share still following afterwards (0–100). */
  retentionPct: z.number().min(0).max(100).nullable(),
  /** What one follower is worth to the business (fen), for the expected impact. */
  valuePerFollowerFen: z.number().int().min(0).max(100_000_000).nullable(),
});
export type ForecastAssumptions = z.infer<typeof ForecastAssumptions>;
export const NO_ASSUMPTIONS: ForecastAssumptions = { monthlyNetGrowth: null, perActivityNewFollowers: null, retentionPct: null, valuePerFollowerFen: null };

export const PlanSection = z.object({
  key: PlanSectionKey,
  hidden: z.boolean(),
  /** The operator's own text for the section (rich text, TipTap JSON); null = none yet. */
  note: DocNodeSchema.nullable(),
});
export type PlanSection = z.infer<typeof PlanSection>;

const periodFields = { periodKind: PlanPeriodKind, periodStart: IsoDate, periodEnd: IsoDate };
/** A period given whole is checked here; a patch of one bound is checked by the service against the stored rest. */
const periodInOrder = (v: { periodKind?: PeriodKind; periodStart?: string; periodEnd?: string }) =>
  v.periodKind === undefined || v.periodStart === undefined || v.periodEnd === undefined || isPlanPeriod({ kind: v.periodKind, start: v.periodStart, end: v.periodEnd });

const planFields = {
  title: optionalText(80),
  /** 编制人 on the cover; '' = the member at the keyboard. */
  author: optionalText(30),
  ...periodFields,
  template: PlanTemplate,
};

export const PlanCreate = z.object(planFields).refine(periodInOrder, { path: ['periodEnd'], message: 'validation.plans.period' });
export type PlanCreate = z.input<typeof PlanCreate>;
export const PlanPatch = z
  .object({ ...planFields, assumptions: ForecastAssumptions })
  .partial()
  .refine(periodInOrder, { path: ['periodEnd'], message: 'validation.plans.period' });
export type PlanPatch = z.input<typeof PlanPatch>;

export const Plan = RowMeta.extend({
  title: z.string(),
  author: z.string(),
  periodKind: PlanPeriodKind,
  periodStart: z.string(),
  periodEnd: z.string(),
  template: PlanTemplate,
  assumptions: ForecastAssumptions,
  /** In the document's order, hidden ones included. */
  sections: z.array(PlanSection),
});
export type Plan = z.infer<typeof Plan>;

export const PlanSummary = RowMeta.extend({
  title: z.string(),
  periodKind: PlanPeriodKind,
  periodStart: z.string(),
  periodEnd: z.string(),
  template: PlanTemplate,
  exports: z.number(),
  lastExportedAt: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanExportFormat = z.enum(['docx', 'md', 'pdf']);
export type PlanExportFormat = z.infer<typeof PlanExportFormat>;

export const PlanExportSummary = z.object({
  id: Id,
  planId: Id,
  format: PlanExportFormat,
  fileName: z.string(),
  exportedAt: z.string(),
  /** Who exported it (the member at the keyboard, or the CLI's user). */
  exportedBy: z.string(),
  /** The document's title and period when it was exported. */
  title: z.string(),
  /** SHA-256 of the snapshot: two exports of the same content share it. */
  checksum: z.string(),
});
export type PlanExportSummary = z.infer<typeof PlanExportSummary>;
export const PlanExport = PlanExportSummary.extend({ snapshot: DocModel });
export type PlanExport = z.infer<typeof PlanExport>;

export const plansContract = defineDomain('plans', {
  list: method('Lists the plans, newest period first, with how often each was exported.', z.object({}), z.array(PlanSummary)),
  get: method('Reads a plan with its sections and assumptions.', IdInput, Plan),
  create: method("Creates a plan for a period from a template (the title defaults to the company's short name and the period).", PlanCreate, Plan),
  update: method("Changes a plan's title, author, period, template or forecast assumptions.", z.object({ id: Id, patch: PlanPatch }), Plan),
  updateSection: method("Shows or hides a section, or saves the operator's text of it.", z.object({ planId: Id, key: PlanSectionKey, hidden: z.boolean().optional(), note: DocNodeSchema.nullable().optional() }), Plan),
  reorderSections: method('Puts the sections in the given order (every key once).', z.object({ planId: Id, keys: z.array(PlanSectionKey) }), Plan),
  remove: method('Deletes a plan (undo with restore); its recorded exports stay.', IdInput, Ok),
  restore: method('Brings a deleted plan back.', IdInput, Plan),
  preview: method('Composes the plan as the document the export writes, from the workspace as it is now.', z.object({ id: Id, locale: z.enum(['zh-CN', 'en']).optional() }), DocModel),
  exportFile: method(
    'Exports the plan (.docx, Markdown, or PDF where LibreOffice is installed) and records the export with its content.',
    z.object({ id: Id, format: PlanExportFormat, locale: z.enum(['zh-CN', 'en']).optional() }),
    z.object({ exportId: Id, fileName: z.string(), mime: z.string(), base64: z.string() }),
  ),
  exports: method("Lists a plan's recorded exports, newest first.", z.object({ planId: Id }), z.array(PlanExportSummary)),
  getExport: method('Reads a recorded export with the document it held.', IdInput, PlanExport),
  canExportPdf: method('Whether PDF export is available (LibreOffice installed).', z.object({}), z.object({ pdf: z.boolean() })),
  exportTemplate: method(
    'Exports the full template for a period without creating a plan or recording the export (`opsbench export plan` before any plan exists).',
    z.object({ ...periodFields, format: PlanExportFormat, locale: z.enum(['zh-CN', 'en']).optional() }).refine(periodInOrder, { path: ['periodEnd'], message: 'validation.plans.period' }),
    z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  ),
});
