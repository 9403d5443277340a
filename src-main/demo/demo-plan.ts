import recipe from '../../resources/demo/plan.json';
import type { DocNode } from '../../src-shared/domain/articles/doc';
import { fileNameOf } from '../../src-shared/domain/file-names';
import { nextQuarter, type PlanSectionKey } from '../../src-shared/domain/plans/plan-sections';
import type { ServiceContext } from '../services/context';
import { planModel, recordPlanExport } from '../services/plans/plan-export';
import { createPlansService } from '../services/plans/plans-service';

// The demo's marketing plan: the quarter after the demo's today, with the operator's own text in
// a few sections (resources/demo/plan.json) and one recorded export, so a new operator opens
// 运营方案 and finds a plan and what the boss received.

type NoteRecipe = ReadonlyArray<string | readonly string[]>;

const textNode = (text: string): DocNode => ({ type: 'text', text });
const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [textNode(text)] });

/** A note of the recipe (a string = a paragraph, an array = a bullet list) as the editor's TipTap JSON. */
function noteOf(items: NoteRecipe): DocNode {
  const content = items.map((item) => (typeof item === 'string' ? paragraph(item) : { type: 'bulletList', content: item.map((line) => ({ type: 'listItem', content: [paragraph(line)] })) }));
  return { type: 'doc', content };
}

export function fillDemoPlan(ctx: ServiceContext, today: string): void {
  const plans = createPlansService(ctx);
  const period = nextQuarter(today);
  const plan = plans.create({ title: '', author: '', periodKind: period.kind, periodStart: period.start, periodEnd: period.end, template: 'full' });
  for (const [key, note] of Object.entries(recipe.notes) as Array<[PlanSectionKey, NoteRecipe]>) plans.updateSection({ planId: plan.id, key, note: noteOf(note) });
  const written = plans.get({ id: plan.id });
  const model = planModel(ctx, written, { today });
  recordPlanExport(ctx, written, model, 'docx', fileNameOf(model.meta.title, 'docx', 'plan'));
}
