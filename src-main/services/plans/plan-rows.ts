import { and, asc, eq, isNull } from 'drizzle-orm';
import { ForecastAssumptions, NO_ASSUMPTIONS, type Plan, type PlanSection } from '../../../src-shared/contract/plans';
import { DocNodeSchema } from '../../../src-shared/contract/library';
import { PLAN_SECTION_KEYS, templateSections, type PlanSectionKey, type PlanTemplate } from '../../../src-shared/domain/plans/plan-sections';
import { plans, planSections } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';

// Reading a plan with its sections, and writing its section rows: what the plans service and the
// export share.

type PlanRow = typeof plans.$inferSelect;

export const sectionId = (planId: string, key: PlanSectionKey) => `${planId}:${key}`;

/** A stored JSON field read leniently: a value another version wrote that no longer parses falls back, never breaks the plan. */
function parsed<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, text: string, fallback: T): T {
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : fallback;
  } catch {
    return fallback;
  }
}

export function findPlanRow(ctx: ServiceContext, id: string): PlanRow {
  return requireRow(ctx.db.select().from(plans).where(eq(plans.id, id)).get(), 'plan', id);
}

/** The plan's sections in order; a key with no row (a plan written by an older version) is appended, hidden. */
function sectionsOf(ctx: ServiceContext, planId: string): PlanSection[] {
  const rows = ctx.db
    .select()
    .from(planSections)
    .where(and(eq(planSections.planId, planId), isNull(planSections.deletedAt)))
    .orderBy(asc(planSections.position), asc(planSections.key))
    .all();
  const known = new Set<string>();
  const sections: PlanSection[] = [];
  for (const row of rows) {
    if (!(PLAN_SECTION_KEYS as readonly string[]).includes(row.key) || known.has(row.key)) continue;
    known.add(row.key);
    sections.push({ key: row.key as PlanSectionKey, hidden: row.hidden, note: row.note ? parsed(DocNodeSchema, row.note, null) : null });
  }
  for (const key of PLAN_SECTION_KEYS) if (!known.has(key)) sections.push({ key, hidden: true, note: null });
  return sections;
}

export function toPlan(ctx: ServiceContext, row: PlanRow): Plan {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    title: row.title,
    author: row.author,
    periodKind: row.periodKind as Plan['periodKind'],
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    template: row.template as PlanTemplate,
    assumptions: parsed(ForecastAssumptions, row.assumptions, NO_ASSUMPTIONS),
    sections: sectionsOf(ctx, row.id),
  };
}

/** Creates the seven section rows of a new plan: the template's shown, the others hidden, in DOMAIN.md's order. */
export function writeNewSections(ctx: ServiceContext, planId: string, template: PlanTemplate): void {
  const shown = new Set(templateSections(template));
  ctx.repo.insertMany(
    planSections,
    PLAN_SECTION_KEYS.map((key, position) => ({ id: sectionId(planId, key), planId, key, position, hidden: !shown.has(key), note: '' })),
  );
}

/** Shows exactly the template's sections (switching template), keeping their order and texts. */
export function applyTemplate(ctx: ServiceContext, plan: Plan, template: PlanTemplate): void {
  const shown = new Set(templateSections(template));
  for (const section of plan.sections) ctx.repo.update(planSections, sectionId(plan.id, section.key), { hidden: !shown.has(section.key) });
}
