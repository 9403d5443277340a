import { and, count, desc, eq, isNull, max } from 'drizzle-orm';
import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { PlanSummary, plansContract } from '../../../src-shared/contract/plans';
import { NO_ASSUMPTIONS } from '../../../src-shared/contract/plans';
import { isPlanPeriod, PLAN_SECTION_KEYS, type PlanSectionKey } from '../../../src-shared/domain/plans/plan-sections';
import { planExports, plans, planSections } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { createPlanExports, planModel } from './plan-export';
import { applyTemplate, findPlanRow, sectionId, toPlan, writeNewSections } from './plan-rows';

// The marketing plans: a plan row, its seven section rows and the forecast's assumptions. The
// document itself is never stored: preview and export compose it from the workspace as it is now;
// an export records what it wrote (plan-export.ts).

export function createPlansService(ctx: ServiceContext) {
  function liveRow(id: string) {
    const row = findPlanRow(ctx, id);
    if (row.deletedAt !== null) throw new AppError('not_found', `plan ${id} was deleted`);
    return row;
  }
  const one = (id: string) => toPlan(ctx, liveRow(id));

  /** Writes a section's fields; a section row missing (a plan from an older version) is created. */
  function writeSection(planId: string, key: PlanSectionKey, fields: { hidden?: boolean; note?: string; position?: number }): void {
    const id = sectionId(planId, key);
    const exists = ctx.db.select({ id: planSections.id }).from(planSections).where(eq(planSections.id, id)).get();
    if (exists) ctx.repo.update(planSections, id, { ...fields, deletedAt: null });
    else ctx.repo.insert(planSections, { id, planId, key, position: PLAN_SECTION_KEYS.indexOf(key), hidden: true, note: '', ...fields });
  }

  return {
    list(): PlanSummary[] {
      const exported = ctx.db
        .select({ planId: planExports.planId, exports: count(), lastExportedAt: max(planExports.exportedAt) })
        .from(planExports)
        .where(isNull(planExports.deletedAt))
        .groupBy(planExports.planId)
        .all();
      const byPlan = new Map(exported.map((row) => [row.planId, row]));
      return ctx.db
        .select()
        .from(plans)
        .where(isNull(plans.deletedAt))
        .orderBy(desc(plans.periodStart), desc(plans.updatedAt))
        .all()
        .map((row) => ({
          id: row.id,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          title: row.title,
          periodKind: row.periodKind as PlanSummary['periodKind'],
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          template: row.template as PlanSummary['template'],
          exports: byPlan.get(row.id)?.exports ?? 0,
          lastExportedAt: byPlan.get(row.id)?.lastExportedAt ?? null,
        }));
    },
    get: ({ id }) => one(id),
    create(input) {
      const id = ctx.repo.transaction(() => {
        const planId = ctx.repo.insert(plans, { ...input, title: input.title ?? '', author: input.author ?? '', assumptions: JSON.stringify(NO_ASSUMPTIONS) });
        writeNewSections(ctx, planId, input.template);
        return planId;
      });
      return one(id);
    },
    update({ id, patch }) {
      const plan = one(id);
      const { assumptions, ...fields } = patch;
      const merged = { kind: fields.periodKind ?? plan.periodKind, start: fields.periodStart ?? plan.periodStart, end: fields.periodEnd ?? plan.periodEnd };
      if (!isPlanPeriod(merged)) throw new AppError('validation', 'not a period a plan can have', [{ path: ['patch', 'periodEnd'], message: 'validation.plans.period' }]);
      ctx.repo.transaction(() => {
        ctx.repo.update(plans, id, { ...fields, ...(assumptions ? { assumptions: JSON.stringify(assumptions) } : {}) });
        if (fields.template && fields.template !== plan.template) applyTemplate(ctx, plan, fields.template);
      });
      return one(id);
    },
    updateSection({ planId, key, hidden, note }) {
      liveRow(planId);
      ctx.repo.transaction(() => writeSection(planId, key, { hidden, note: note === undefined ? undefined : note === null ? '' : JSON.stringify(note) }));
      return one(planId);
    },
    reorderSections({ planId, keys }) {
      liveRow(planId);
      const unique = new Set(keys);
      if (unique.size !== keys.length || unique.size !== PLAN_SECTION_KEYS.length) {
        throw new AppError('validation', 'give every section once', [{ path: ['keys'], message: 'validation.invalid' }]);
      }
      ctx.repo.transaction(() => keys.forEach((key, position) => writeSection(planId, key, { position })));
      return one(planId);
    },
    // The section rows go with the plan under one stamp, so undo brings back exactly them; recorded exports stay (what the boss got).
    remove({ id }) {
      ctx.repo.transaction(() => {
        const row = findPlanRow(ctx, id);
        if (row.deletedAt) return;
        const deletedAt = new Date().toISOString();
        const live = ctx.db
          .select({ id: planSections.id })
          .from(planSections)
          .where(and(eq(planSections.planId, id), isNull(planSections.deletedAt)))
          .all();
        for (const section of live) ctx.repo.update(planSections, section.id, { deletedAt });
        ctx.repo.update(plans, id, { deletedAt });
      });
      return { ok: true as const };
    },
    restore({ id }) {
      ctx.repo.transaction(() => {
        const row = findPlanRow(ctx, id);
        if (!row.deletedAt) return;
        const taken = ctx.db
          .select({ id: planSections.id })
          .from(planSections)
          .where(and(eq(planSections.planId, id), eq(planSections.deletedAt, row.deletedAt)))
          .all();
        for (const section of taken) ctx.repo.restore(planSections, section.id);
        ctx.repo.restore(plans, id);
      });
      return one(id);
    },
    // The preview is the exported document: one composition (plan-export.ts's planModel).
    preview: ({ id, locale }) => planModel(ctx, one(id), { locale }),
    ...createPlanExports(ctx, one),
  } satisfies DomainHandlers<typeof plansContract>;
}
