import type { DocBlock, DocTableRow } from '../../../src-shared/contract/doc-model';
import { COST_CATEGORIES, type CostCategory } from '../../../src-shared/contract/costs';
import { formatFen } from '../../../src-shared/domain/money/money';
import type { Words } from '../../words';
import { paragraph, row, table, text } from '../blocks';

// Section 5's cost list: the period's lines by category, a subtotal per category, 重要 marked, and
// a closing 合计 that is the exact integer-fen sum of the lines, so the boss can add it up himself.

export interface PlanCostLine {
  category: CostCategory;
  name: string;
  /** '' = a period's item, not an activity's. */
  activity: string;
  unitFen: number;
  quantity: number;
  amountFen: number;
  important: boolean;
  /** '' = our own department. */
  department: string;
}

/** Help a department gives: what for and the amount of the lines it concerns. */
export interface PlanDepartmentHelp {
  department: string;
  purposes: string[];
  amountFen: number;
}

const IMPORTANT_RED = 'C00000';
const yuan = (fen: number) => formatFen(fen, { symbol: false });
const sum = (lines: readonly PlanCostLine[]) => lines.reduce((total, line) => total + line.amountFen, 0);

function lineRow(line: PlanCostLine, words: Words): DocTableRow {
  const importance = words(`costs.importance.${line.important ? 'important' : 'normal'}`);
  // The name and the mark in bold (red) stand out; bold figures would widen the amount columns.
  const figures = [line.activity || '—', yuan(line.unitFen), String(line.quantity), yuan(line.amountFen)].map((cell) => [text(cell)]);
  return { cells: [[text(line.name, line.important ? { bold: true } : {})], ...figures, [text(importance, line.important ? { bold: true, color: IMPORTANT_RED } : {})]] };
}

export function costBlocks(lines: readonly PlanCostLine[], words: Words): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: words('planDocOps.operations.costsTitle') }];
  if (lines.length === 0) return [...blocks, paragraph(words('planDocOps.operations.costsNone'), 'note')];
  const important = lines.filter((line) => line.important);
  blocks.push(paragraph(words('planDocOps.operations.costsIntro', { count: lines.length, total: formatFen(sum(lines)), importantCount: important.length, importantTotal: formatFen(sum(important)) })));
  const rows: DocTableRow[] = [];
  for (const category of COST_CATEGORIES) {
    const ofCategory = lines.filter((line) => line.category === category);
    if (ofCategory.length === 0) continue;
    rows.push(...ofCategory.map((line) => lineRow(line, words)));
    rows.push(row([words('planDocOps.operations.subtotal', { category: words(`costs.category.${category}`) }), '', '', '', yuan(sum(ofCategory)), ''], 'subtotal'));
  }
  rows.push(row([words('planDocOps.operations.total'), '', '', '', yuan(sum(lines)), ''], 'total'));
  const c = (key: keyof typeof COLUMN_WIDTHS) => ({ title: words(`planDocOps.operations.costColumns.${key}`), width: COLUMN_WIDTHS[key], ...(key === 'name' || key === 'activity' ? {} : { align: 'right' as const }) });
  blocks.push(table([c('name'), c('activity'), c('unit'), c('quantity'), c('amount'), { ...c('importance'), align: 'center' }], rows));
  return blocks;
}

const COLUMN_WIDTHS = { name: 3.4, activity: 2.6, unit: 2.4, quantity: 1.1, amount: 2.9, importance: 1.9 };

export function helpBlocks(help: readonly PlanDepartmentHelp[], words: Words): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: words('planDocOps.operations.helpTitle') }];
  if (help.length === 0) return [...blocks, paragraph(words('planDocOps.operations.helpNone'), 'note')];
  const title = (key: 'department' | 'purpose' | 'amount') => words(`planDocOps.operations.helpColumns.${key}`);
  return [
    ...blocks,
    paragraph(words('planDocOps.operations.helpIntro')),
    table(
      [
        { title: title('department'), width: 2 },
        { title: title('purpose'), width: 5 },
        { title: title('amount'), width: 2, align: 'right' },
      ],
      help.map((need) => row([need.department, need.purposes.join(words('cadence.separator')), yuan(need.amountFen)])),
    ),
  ];
}
