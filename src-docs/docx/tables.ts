import { AlignmentType, BorderStyle, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { DocAlign, DocBlock, DocRun, DocTableColumn, DocTableRow } from '../../src-shared/contract/doc-model';
import type { Words } from '../words';
import { docText } from '../text';
import { COLOR, SIZE, TEXT_WIDTH } from './page';
import { docRuns, textRuns } from './runs';
import { STYLE } from './styles';

// Tables WPS keeps as they are drawn: fixed layout, the grid's column widths and each cell's own
// width all in twips (WPS ignores percentages and Word's autofit), the header row repeated on
// every page, rows kept whole where they fit on a page.

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 };
const ROW_FILL = { body: undefined, subtotal: COLOR.subtotalFill, total: COLOR.totalFill } as const;
/** A row taller than this many lines may break across pages: a row that cannot would overrun the page. */
const UNSPLIT_LINES = 12;

/** The columns' relative weights as twips over the text width, summing to it exactly. */
export function columnWidths(columns: readonly DocTableColumn[], total = TEXT_WIDTH): number[] {
  const weight = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => Math.max(200, Math.floor((column.width / weight) * total)));
  widths[widths.length - 1]! += total - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

/** How many lines a cell's text takes at 五号 in a column this wide: a Chinese character is one em, Latin about half. */
function lineCount(runs: readonly DocRun[], width: number): number {
  const ems = (width - CELL_MARGIN.left - CELL_MARGIN.right) / (SIZE.small * 10);
  const lines = runs
    .map((run) => docText(run.text))
    .join('')
    .split('\n');
  return lines.reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 1 : 0.55), 0) / Math.max(1, ems))), 0);
}

function cell(children: Paragraph[], width: number, fill: string | undefined, columnSpan = 1): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(columnSpan > 1 ? { columnSpan } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
  });
}

const cellParagraph = (runs: readonly DocRun[], align: DocAlign | undefined, bold: boolean) =>
  new Paragraph({ style: STYLE.tableText, alignment: ALIGN[align ?? 'left'], children: docRuns(runs, bold ? { bold: true } : {}) });

function headerRow(columns: readonly DocTableColumn[], widths: readonly number[]): TableRow {
  const cells = columns.map((column, i) => cell([cellParagraph([{ text: column.title }], 'center', true)], widths[i]!, COLOR.headerFill));
  return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
}

function bodyRow(row: DocTableRow, columns: readonly DocTableColumn[], widths: readonly number[]): TableRow {
  const kind = row.kind ?? 'body';
  // A row has exactly one cell per column: missing ones are blank, extra ones dropped.
  const texts = columns.map((_, i) => row.cells[i] ?? []);
  const cells = texts.map((runs, i) => cell([cellParagraph(runs, columns[i]!.align, kind !== 'body')], widths[i]!, ROW_FILL[kind]));
  const tall = texts.some((runs, i) => lineCount(runs, widths[i]!) > UNSPLIT_LINES);
  return new TableRow({ cantSplit: !tall, children: cells });
}

function emptyRow(columns: number, words: Words): TableRow {
  const text = new Paragraph({ style: STYLE.tableText, alignment: AlignmentType.CENTER, children: textRuns(words('docWriter.emptyTable'), { color: COLOR.grey }) });
  return new TableRow({ cantSplit: true, children: [cell([text], TEXT_WIDTH, undefined, columns)] });
}

/** A table with its caption above it and a thin paragraph after it, so two tables in a row stay two tables. */
export function tableBlocks(block: TableBlock, words: Words): (Paragraph | Table)[] {
  const widths = columnWidths(block.columns);
  const rows = block.rows.length ? block.rows.map((row) => bodyRow(row, block.columns, widths)) : [emptyRow(block.columns.length, words)];
  const table = new Table({
    rows: [headerRow(block.columns, widths), ...rows],
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGIN,
  });
  const caption = block.caption ? [new Paragraph({ style: STYLE.caption, children: textRuns(block.caption) })] : [];
  const after = new Paragraph({ style: STYLE.tableText, spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } });
  return [...caption, table, after];
}
