import type { DocBlock, DocCover, DocModel } from '../../src-shared/contract/doc-model';
import type { PlanSectionKey } from '../../src-shared/domain/plans/plan-sections';
import { wordsOf, type Words } from '../words';
import { noData } from './blocks';
import { longDate, numeral } from './format';
import { defaultPlanTitle, planPeriodLabel } from './period-label';
import type { PlanDocumentInput, PlanSectionFacts } from './plan-facts';
import { richTextBlocks } from './rich-text';
import { companyName, type SectionContext } from './section-context';
import { activitiesBlocks } from './sections/activities';
import { competitorsBlocks } from './sections/competitors';
import { concernsBlocks } from './sections/concerns';
import { growthBlocks } from './sections/growth';
import { operationsBlocks } from './sections/operations';
import { staffBlocks } from './sections/staff';
import { valueBlocks } from './sections/value';

// The marketing plan as a document model: cover, contents, then each shown section (its figures,
// then the operator's own text). The preview, the .docx, the Markdown and the PDF all start here.

type SectionComposer<K extends PlanSectionKey> = (facts: PlanSectionFacts[K], words: Words, context: SectionContext) => DocBlock[];
const COMPOSERS: { [K in PlanSectionKey]: SectionComposer<K> } = {
  competitors: competitorsBlocks,
  value: valueBlocks,
  activities: activitiesBlocks,
  concerns: concernsBlocks,
  operations: operationsBlocks,
  staff: staffBlocks,
  growth: growthBlocks,
};

/** Is a block one that says "no data"? A section whose figures are only that and which has text shows the text alone. */
const isNoData = (block: DocBlock) => block.kind === 'paragraph' && block.style === 'empty';

/** A section's body: its figures, then the operator's text under no heading of its own; 暂无数据 when both are empty. */
function sectionBody<K extends PlanSectionKey>(key: K, input: PlanDocumentInput, words: Words, note: PlanDocumentInput['sections'][number]['note']): DocBlock[] {
  const facts = input.facts[key];
  const figures = facts === undefined ? [] : COMPOSERS[key](facts, words, input);
  const text = richTextBlocks(note);
  if (text.length === 0) return figures.length === 0 ? [noData(words)] : figures;
  if (figures.every(isNoData)) return text;
  // Under a heading of its own: after the last table's subheading it would read as part of it.
  return [...figures, { kind: 'heading', level: 2, text: words('planDoc.ownText') }, ...text];
}

/**
 * The cover: the title without the period, which stands under it as the subtitle (a long title with
 * the period in brackets breaks mid-period on an A4 cover), then who wrote it and when.
 */
function coverOf(input: PlanDocumentInput, period: string, words: Words): DocCover {
  const lines = [
    ...(input.company.name.trim() ? [{ label: words('planDoc.cover.company'), value: input.company.name }] : []),
    ...(input.author.trim() ? [{ label: words('planDoc.cover.author'), value: input.author }] : []),
    { label: words('planDoc.cover.date'), value: longDate(input.locale, input.today) },
  ];
  const title = input.title.trim() || words('planDoc.cover.title', { company: companyName(input.company, words) });
  return { title, subtitle: period, lines };
}

export function composePlan(input: PlanDocumentInput): DocModel {
  const words = wordsOf(input.locale);
  const company = companyName(input.company, words);
  const period = planPeriodLabel(input.period, input.locale, words);
  const title = input.title.trim() || defaultPlanTitle(input.company, input.period, input.locale, words);
  const blocks: DocBlock[] = [{ kind: 'toc', title: words('planDoc.toc') }, { kind: 'pageBreak' }];
  input.sections.forEach(({ key, note }, index) => {
    const heading = words('planDoc.sectionHeading', { n: numeral(input.locale, index + 1), title: words(`planDoc.section.${key}`, { company }) });
    blocks.push({ kind: 'heading', level: 1, text: heading, anchor: `section-${key}` });
    blocks.push(...sectionBody(key, input, words, note));
  });
  return {
    locale: input.locale,
    meta: { title, author: input.author, subject: words('planDoc.cover.subtitle') },
    cover: coverOf(input, period, words),
    // The default title names the company already; an operator's own title gets it in front.
    header: !title.includes(company) ? words('planDoc.header', { company, title }) : title,
    blocks,
  };
}
