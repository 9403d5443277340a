import type { CategoryCount, ConcernCategory, ConcernStatus } from '../../../src-shared/contract/concerns';
import type { DocBlock } from '../../../src-shared/contract/doc-model';
import type { Words } from '../../words';
import { noData, paragraph, row, table } from '../blocks';
import { count } from '../format';
import type { SectionContext } from '../section-context';

// Section 4, 客户最关心的问题: the open concerns most asked first, with what can be improved, and
// how they spread over the categories.

export interface TopConcern {
  topic: string;
  category: ConcernCategory;
  /** How many messages raised it. */
  frequency: number;
  status: ConcernStatus;
  /** The operator's notes: what can be improved. */
  notes: string;
  /** Titles of the articles that answer it. */
  answeredBy: string[];
}

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/concerns.ts. */
export interface ConcernsFacts {
  /** Open (not closed) concerns, most frequent first. */
  top: TopConcern[];
  /** How many open concerns there are in all (top may be cut). */
  open: number;
  /** Every category with its open concerns and their messages (zeros too). */
  counts: CategoryCount[];
}

/** The operator's notes, else the articles that answer it already. */
function improvement(concern: TopConcern, words: Words): string {
  if (concern.notes.trim()) return concern.notes.trim();
  if (concern.answeredBy.length === 0) return words('planDoc.cell.none');
  return words('planDoc.concerns.answeredBy', { titles: concern.answeredBy.map((title) => words('planDoc.concerns.articleTitle', { title })).join(words('planDoc.cell.listSeparator')) });
}

export function concernsBlocks(facts: ConcernsFacts, words: Words, context: SectionContext): DocBlock[] {
  if (facts.top.length === 0) return [noData(words)];
  const c = (key: 'rank' | 'topic' | 'category' | 'frequency' | 'status' | 'improve') => words(`planDoc.concerns.column.${key}`);
  const categories = facts.counts
    .filter((x) => x.concerns > 0)
    .map((x) => words('planDoc.concerns.categoryCount', { category: words(`concerns.category.${x.category}`), concerns: x.concerns, frequency: count(context.locale, x.frequency) }))
    .join(words('planDoc.cell.listSeparator'));
  const rows = facts.top.map((concern, i) =>
    row([String(i + 1), concern.topic, words(`concerns.category.${concern.category}`), count(context.locale, concern.frequency), words(`concerns.status.${concern.status}`), improvement(concern, words)]),
  );
  return [
    paragraph(words('planDoc.concerns.summary', { open: facts.open })),
    ...(categories ? [paragraph(words('planDoc.concerns.byCategory', { categories }))] : []),
    table(
      [
        { title: c('rank'), width: 0.8, align: 'right' },
        { title: c('topic'), width: 3 },
        { title: c('category'), width: 0.9 },
        { title: c('frequency'), width: 0.8, align: 'right' },
        { title: c('status'), width: 1 },
        { title: c('improve'), width: 4 },
      ],
      rows,
    ),
  ];
}
