import type { DocBlock, DocTableRow } from '../../../src-shared/contract/doc-model';
import type { CostCategory } from '../../../src-shared/contract/costs';
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
}

/** A category's lines as the table lists them (at most COST_LINES_A_CATEGORY) and its exact count and total. */
export interface PlanCostCategory {
  category: CostCategory;
  lines: PlanCostLine[];
  count: number;
  totalFen: number;
}

/** The period's cost list: categories in the cost list's order, totals exact in fen (SQL SUM). */
export interface PlanCosts {
  categories: PlanCostCategory[];
  count: number;
  totalFen: number;
  importantCount: number;
  importantFen: number;
}

/**
 * A category lists at most this many lines (the important and the largest first, then by date);
 * the rest is one row with their count and amount, so the subtotals and the 合计 still add up and
 * a workspace with thousands of lines stays a document.
 */
export const COST_LINES_A_CATEGORY = 15;

/** Help a department gives: what for (the largest first, at most a few) and the amount of the lines it concerns. */
export interface PlanDepartmentHelp {
  department: string;
  purposes: string[];
  /** Purposes beyond those listed. */
  morePurposes: number;
  amountFen: number;
}

const IMPORTANT_RED = 'C00000';
const yuan = (fen: number) => formatFen(fen, { symbol: false });
/** A count with thousands separators (9,929 项). */
const figure = (n: number) => n.toLocaleString('en-US');
const sum = (lines: readonly PlanCostLine[]) => lines.reduce((total, line) => total + line.amountFen, 0);

function lineRow(line: PlanCostLine, words: Words): DocTableRow {
  const importance = words(`costs.importance.${line.important ? 'important' : 'normal'}`);
  // The name and the mark in bold (red) stand out; bold figures would widen the amount columns.
  const figures = [line.activity || '—', yuan(line.unitFen), String(line.quantity), yuan(line.amountFen)].map((cell) => [text(cell)]);
  return { cells: [[text(line.name, line.important ? { bold: true } : {})], ...figures, [text(importance, line.important ? { bold: true, color: IMPORTANT_RED } : {})]] };
}

export function costBlocks(costs: PlanCosts, words: Words): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: words('planDocOps.operations.costsTitle') }];
  if (costs.count === 0) return [...blocks, paragraph(words('planDocOps.operations.costsNone'), 'note')];
  blocks.push(
    paragraph(words('planDocOps.operations.costsIntro', { count: figure(costs.count), total: formatFen(costs.totalFen), importantCount: figure(costs.importantCount), importantTotal: formatFen(costs.importantFen) })),
  );
  const rows: DocTableRow[] = [];
  for (const { category, lines, count, totalFen } of costs.categories) {
    rows.push(...lines.map((line) => lineRow(line, words)));
    if (count > lines.length) rows.push(row([words('planDocOps.operations.costsMore', { count: figure(count - lines.length) }), '', '', '', yuan(totalFen - sum(lines)), '']));
    rows.push(row([words('planDocOps.operations.subtotal', { category: words(`costs.category.${category}`) }), '', '', '', yuan(totalFen), ''], 'subtotal'));
  }
  rows.push(row([words('planDocOps.operations.total'), '', '', '', yuan(costs.totalFen), ''], 'total'));
  const c = (key: keyof typeof COLUMN_WIDTHS) => ({ title: words(`planDocOps.operations.costColumns.${key}`), width: COLUMN_WIDTHS[key], ...(key === 'name' || key === 'activity' ? {} : { align: 'right' as const }) });
  blocks.push(table([c('name'), c('activity'), c('unit'), c('quantity'), c('amount'), { ...c('importance'), align: 'center' }], rows));
  return blocks;
}

const COLUMN_WIDTHS = { name: 3.2, activity: 2.6, unit: 2.4, quantity: 1, amount: 3.3, importance: 1.9 };

function purposesText(need: PlanDepartmentHelp, words: Words): string {
  const listed = need.purposes.join(words('cadence.separator'));
  return need.morePurposes > 0 ? words('planDocOps.operations.helpMore', { listed, count: need.morePurposes }) : listed;
}

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
      help.map((need) => row([need.department, purposesText(need, words), yuan(need.amountFen)])),
    ),
  ];
}
