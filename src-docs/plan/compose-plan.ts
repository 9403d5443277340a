import type { DocBlock, DocModel } from '../../src-shared/contract/doc-model';
import type { PlanSectionKey } from '../../src-shared/domain/plans/plan-sections';
import { wordsOf, type Words } from '../words';
import { noData } from './blocks';
import type { PlanDocumentInput, PlanSectionFacts } from './plan-facts';
import { activitiesBlocks } from './sections/activities';
import { competitorsBlocks } from './sections/competitors';
import { concernsBlocks } from './sections/concerns';
import { growthBlocks } from './sections/growth';
import { operationsBlocks } from './sections/operations';
import { staffBlocks } from './sections/staff';
import { valueBlocks } from './sections/value';

// The marketing plan as a document model: cover, contents, then each shown section (its figures,
// then the operator's own text). The preview, the .docx, the Markdown and the PDF all start here.

type SectionComposer<K extends PlanSectionKey> = (facts: PlanSectionFacts[K], words: Words) => DocBlock[];
const COMPOSERS: { [K in PlanSectionKey]: SectionComposer<K> } = {
  competitors: competitorsBlocks,
  value: valueBlocks,
  activities: activitiesBlocks,
  concerns: concernsBlocks,
  operations: operationsBlocks,
  staff: staffBlocks,
  growth: growthBlocks,
};

function sectionBlocks<K extends PlanSectionKey>(key: K, facts: PlanSectionFacts[K] | undefined, words: Words): DocBlock[] {
  return facts === undefined ? [noData(words)] : COMPOSERS[key](facts, words);
}

export function composePlan(input: PlanDocumentInput): DocModel {
  const words = wordsOf(input.locale);
  const company = input.company.shortName || input.company.name;
  const title = input.title || words('planDoc.defaultTitle', { company, period: input.period.start });
  const blocks: DocBlock[] = [{ kind: 'toc', title: words('planDoc.toc') }, { kind: 'pageBreak' }];
  input.sections.forEach(({ key }, index) => {
    blocks.push({ kind: 'heading', level: 1, text: `${index + 1}. ${words(`planDoc.section.${key}`, { company })}`, anchor: `section-${key}` });
    blocks.push(...sectionBlocks(key, input.facts[key], words));
  });
  return {
    locale: input.locale,
    meta: { title, author: input.author, subject: words('planDoc.cover.subtitle') },
    cover: { title, subtitle: words('planDoc.cover.subtitle'), lines: [{ label: words('planDoc.cover.company'), value: input.company.name }] },
    header: title,
    blocks,
  };
}
