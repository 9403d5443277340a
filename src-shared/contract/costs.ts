import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { Id, Ok, optionalText, requiredText, RowMeta } from './common';
import { defineDomain, method } from './define';
import { TransferFile } from './imports';
import { Fen } from './money';
import { lineFen, MAX_FEN } from '../domain/money/money';

// The cost list (费用): an activity's budget lines and a period's items, in integer fen.

const IsoDate = z.string().refine(isIsoDate, 'validation.date');

export const COST_CATEGORIES = ['tools', 'prizes', 'design', 'ads', 'agency', 'training', 'other'] as const;
export const CostCategory = z.enum(COST_CATEGORIES);
export type CostCategory = z.infer<typeof CostCategory>;

/** 重要 / 一般. */
export const COST_IMPORTANCES = ['important', 'normal'] as const;
export const CostImportance = z.enum(COST_IMPORTANCES);
export type CostImportance = z.infer<typeof CostImportance>;

const costFields = {
  /** null: a period's item (a tool, training …), not an activity's. */
  activityId: Id.nullable().optional(),
  date: IsoDate,
  category: CostCategory,
  name: requiredText(60),
  unitFen: Fen,
  quantity: z.number('validation.number').int('validation.integer').min(1, 'validation.costs.quantity').max(1_000_000, 'validation.tooLarge'),
  importance: CostImportance,
  paid: z.boolean().optional(),
  /** The department whose help or budget it needs. */
  department: optionalText(30),
  notes: optionalText(500, { multiline: true }),
};
export const CostInput = z.object(costFields);
export type CostInput = z.input<typeof CostInput>;
/** A line's amount (unit × quantity) stays within MAX_FEN, so 100,000 lines still sum exactly. */
export const lineWithinLimit = (unitFen: number, quantity: number) => Math.abs(lineFen(unitFen, quantity)) <= MAX_FEN;
/** CostInput with its line amount checked (the form and create; update checks the merged line). */
export const CostLineInput = CostInput.refine((v) => lineWithinLimit(v.unitFen, v.quantity), { path: ['quantity'], message: 'validation.money.tooLarge' });
export const CostItem = RowMeta.extend({
  ...costFields,
  activityId: Id.nullable(),
  /** The activity's name ('' for a period item). */
  activityName: z.string(),
  paid: z.boolean(),
  department: z.string(),
  notes: z.string(),
  amountFen: z.number(),
});
export type CostItem = z.infer<typeof CostItem>;

export const CostFilter = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** An activity's lines; null = the period items only; left out = all. */
  activityId: Id.nullable().optional(),
  category: CostCategory.optional(),
  importance: CostImportance.optional(),
});
export type CostFilter = z.input<typeof CostFilter>;

export const CostTotals = z.object({
  count: z.number(),
  totalFen: z.number(),
  paidFen: z.number(),
  byCategory: z.array(z.object({ category: CostCategory, count: z.number(), totalFen: z.number() })),
  byImportance: z.array(z.object({ importance: CostImportance, count: z.number(), totalFen: z.number() })),
  /** 'YYYY-MM' → total. */
  byMonth: z.array(z.object({ month: z.string(), count: z.number(), totalFen: z.number() })),
});
export type CostTotals = z.infer<typeof CostTotals>;

export const costsContract = defineDomain('costs', {
  list: method(
    'Lists cost lines by date (a page of them: offset/limit) and how many match.',
    CostFilter.extend({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(5000).optional() }),
    z.object({ items: z.array(CostItem), total: z.number() }),
  ),
  totals: method('Totals by category, importance and month, exact in fen.', CostFilter, CostTotals),
  create: method('Adds a cost line.', CostLineInput, CostItem),
  update: method('Updates a cost line.', z.object({ id: Id, patch: CostInput.partial() }), CostItem),
  remove: method('Deletes cost lines (restore undoes it).', z.object({ ids: z.array(Id).min(1).max(5000) }), Ok),
  restore: method('Undoes a remove.', z.object({ ids: z.array(Id).min(1).max(5000) }), Ok),
  exportXlsx: method('The cost list of [from, to] as .xlsx: items with 金额 and 重要/一般, a 合计 row holding the value; totals by category on a second sheet.', z.object({ from: IsoDate, to: IsoDate }), TransferFile),
});
