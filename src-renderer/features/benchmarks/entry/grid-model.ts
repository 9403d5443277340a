import { PostInput, SnapshotInput, type Figures, type PeriodKind, type Post, type Snapshot } from '../../../../src-shared/contract/benchmarks';
import { cleanLine } from '../../../../src-shared/contract/common';
import { formatCount, parseCount } from '../../../../src-shared/domain/benchmarks/numbers';
import { periodEnd, periodOf } from '../../../../src-shared/domain/benchmarks/periods';
import { isIsoDate } from '../../../../src-shared/domain/dates';

// The entry grid's model, apart from React: which columns each grid has, how a cell's text is read
// (counts as people write them, dates as Excel pastes them), how a pasted block lands, and which
// rows become which contract inputs. A cell's problem is a translation key with params, like the
// contract's, so client and server problems show alike.

export type CellKind = 'period' | 'count' | 'signed' | 'datetime' | 'position' | 'text' | 'url';

export interface GridColumn {
  /** The input field it fills. */
  key: string;
  kind: CellKind;
  width: number;
  /** Right-aligned (numbers). */
  numeric?: boolean;
}

export interface CellProblem {
  message: string;
  params?: Record<string, string | number>;
}

type Read = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

const FIGURE_KEYS = ['followers', 'articles', 'reads', 'readsHeadline', 'readsMax', 'zaikan', 'zaikanHeadline', 'zaikanMax', 'likes', 'likesHeadline', 'likesMax', 'shares', 'sharesHeadline', 'sharesMax'] as const;
type FigureKey = (typeof FIGURE_KEYS)[number];

export const SNAPSHOT_COLUMNS: readonly GridColumn[] = [{ key: 'period', kind: 'period', width: 120 }, ...FIGURE_KEYS.map((key) => ({ key, kind: 'count' as const, width: 86, numeric: true }))];

const POST_BASE: readonly GridColumn[] = [
  { key: 'publishedAt', kind: 'datetime', width: 140 },
  { key: 'position', kind: 'position', width: 64 },
  { key: 'title', kind: 'text', width: 300 },
  { key: 'url', kind: 'url', width: 200 },
  { key: 'kind', kind: 'text', width: 90 },
  { key: 'reads', kind: 'count', width: 86, numeric: true },
  { key: 'zaikan', kind: 'count', width: 76, numeric: true },
  { key: 'likes', kind: 'count', width: 76, numeric: true },
  { key: 'shares', kind: 'count', width: 76, numeric: true },
];
const POST_OWN: readonly GridColumn[] = [
  { key: 'newFollowersDay1', kind: 'signed', width: 96, numeric: true },
  { key: 'newFollowersDay7', kind: 'signed', width: 96, numeric: true },
];

/** The article grid's columns; own accounts also have new followers on day 1 and day 7. */
export const postColumns = (own: boolean): readonly GridColumn[] => (own ? [...POST_BASE, ...POST_OWN] : POST_BASE);

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const DATE_TIME = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})[:：](\d{2})(?:[:：]\d{2}(?:\.\d+)?)?)?$/;
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/** A day from 2026-11-01, 2026/11/1, 2026.11.1 or 2026年11月1日; undefined when none. */
export function readDate(text: string): string | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  return exactDate(match[1]!, match[2]!, match[3]!);
}

/** 'YYYY-MM-DD HH:mm' or 'YYYY-MM-DD' from what Excel pastes (2026/11/3 20:30, 2026-11-03 20:30:00). */
export function readDateTime(text: string): string | undefined {
  const match = DATE_TIME.exec(text.trim().normalize('NFKC'));
  if (!match) return undefined;
  const date = exactDate(match[1]!, match[2]!, match[3]!);
  if (!date) return undefined;
  if (match[4] === undefined) return date;
  const hour = Number(match[4]);
  if (hour > 23) return undefined;
  return `${date} ${String(hour).padStart(2, '0')}:${match[5]}`;
}

/** The day named by its parts; undefined for one that does not exist (2月30日). */
function exactDate(year: string, month: string, day: string): string | undefined {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}

const CHINESE_DIGITS = '一二三四五六七八';

/** 1–8 from 1, 头条, 次条, 第3条, 三条; undefined when none. */
export function readPosition(text: string): number | undefined {
  const value = text.trim().normalize('NFKC');
  if (value === '头条') return 1;
  if (value === '次条') return 2;
  const match = /^第?([1-8]|[一二三四五六七八])条?$/.exec(value);
  if (!match) return undefined;
  const n = match[1]!;
  return /\d/.test(n) ? Number(n) : CHINESE_DIGITS.indexOf(n) + 1;
}

/** A period of `kind` from a day inside it (a week's day moves to its Sunday) or, for months, 2026-11 / 2026年11月. */
export function readPeriodStart(kind: PeriodKind, text: string): string | undefined {
  const day = readDate(text);
  if (day) return periodOf(kind, day).start;
  if (kind !== 'month') return undefined;
  const match = MONTH.exec(text.trim());
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return undefined;
  return exactDate(match[1]!, match[2]!, '1');
}

/** How the period column shows a period: 2026-11-01 ~ 11-07 for a week, 2026-11 for a month. */
export function periodLabel(kind: PeriodKind, start: string): string {
  return kind === 'week' ? `${start} ~ ${periodEnd({ kind, start }).slice(5)}` : start.slice(0, 7);
}

/** A cell's value for its input, or why it cannot be one. Empty cells are null. */
export function readCell(column: GridColumn, text: string, periodKind: PeriodKind): Read {
  const value = text.trim();
  const bad = (message: string): Read => ({ ok: false, problem: { message, params: { value: value.length > 20 ? `${value.slice(0, 20)}…` : value } } });
  switch (column.kind) {
    case 'count':
    case 'signed': {
      const parsed = parseCount(value);
      if (!parsed.ok) return bad('benchEntry.problems.notNumber');
      if (parsed.value !== null && parsed.value < 0 && column.kind === 'count') return bad('benchEntry.problems.negative');
      return { ok: true, value: parsed.value };
    }
    case 'period': {
      if (!value) return { ok: false, problem: { message: 'benchEntry.problems.periodRequired' } };
      const start = readPeriodStart(periodKind, value);
      return start ? { ok: true, value: start } : bad(periodKind === 'week' ? 'benchEntry.problems.badWeek' : 'benchEntry.problems.badMonth');
    }
    case 'datetime': {
      if (!value) return { ok: false, problem: { message: 'validation.required' } };
      const at = readDateTime(value);
      return at ? { ok: true, value: at } : bad('benchEntry.problems.badDateTime');
    }
    case 'position': {
      if (!value) return { ok: true, value: 1 };
      const position = readPosition(value);
      return position ? { ok: true, value: position } : bad('benchEntry.problems.badPosition');
    }
    default:
      return { ok: true, value: cleanLine(text) };
  }
}

/** The problem of a cell's text, or null; what the grid marks red while typing. */
export function cellProblem(column: GridColumn, text: string, periodKind: PeriodKind): CellProblem | null {
  if (text === '' && column.kind !== 'period' && column.kind !== 'datetime') return null;
  const read = readCell(column, text, periodKind);
  return read.ok ? null : read.problem;
}

/** A row of the grid: its cells' text and what they held when loaded (a cleared cell clears the figure). */
export interface GridRow {
  /** Stable key for React: the stored row's id or a new one. */
  key: string;
  cells: string[];
  /** The cells as loaded (blank for a new row). */
  loaded: string[];
  /**
   * Columns that cannot change: on a stored row, the cells the server names it by (an article's
   * time, position and title; a snapshot's period). Changing them would store another row and
   * keep this one.
   */
  locked?: readonly number[];
}

/** Columns whose cells name a stored row on the server. */
const KEY_COLUMNS = new Set(['period', 'publishedAt', 'position', 'title']);

/** The indexes of `columns` that name a stored row: read-only once it is stored. */
export const keyColumns = (columns: readonly GridColumn[]): number[] => columns.flatMap((column, i) => (KEY_COLUMNS.has(column.key) ? [i] : []));

/** Whether a cell cannot be changed (a stored row's key). */
export const isLocked = (row: GridRow | undefined, col: number) => row?.locked?.includes(col) ?? false;

let newRowCounter = 0;
export const blankRow = (width: number): GridRow => ({ key: `new-${++newRowCounter}`, cells: Array<string>(width).fill(''), loaded: Array<string>(width).fill('') });

export const isBlank = (row: GridRow) => row.cells.every((c) => c.trim() === '');
export const isChanged = (row: GridRow) => row.cells.some((c, i) => c !== row.loaded[i]);

/**
 * Puts a pasted block into the grid with its top-left at (row, col): cells beyond the last
 * column are dropped, rows are added as needed, locked cells are kept (`skipped` counts those
 * the block would have changed). Returns the new rows and the block's size.
 */
export function pasteBlock(rows: readonly GridRow[], at: { row: number; col: number }, block: string[][], width: number): { rows: GridRow[]; height: number; blockWidth: number; skipped: number } {
  const next = rows.slice();
  let blockWidth = 0;
  let skipped = 0;
  for (let r = 0; r < block.length; r++) {
    const index = at.row + r;
    while (next.length <= index) next.push(blankRow(width));
    const target = next[index]!;
    const cells = target.cells.slice();
    const source = block[r]!;
    for (let c = 0; c < source.length && at.col + c < width; c++) {
      if (!isLocked(target, at.col + c)) cells[at.col + c] = source[c]!;
      else if (cells[at.col + c] !== source[c]) skipped++;
    }
    blockWidth = Math.max(blockWidth, Math.min(source.length, width - at.col));
    next[index] = { ...target, cells };
  }
  return { rows: next, height: block.length, blockWidth, skipped };
}

/** Problems by row index, then column key. */
export type GridProblems = Map<number, Map<string, CellProblem>>;

function addProblem(problems: GridProblems, row: number, key: string, problem: CellProblem) {
  let byColumn = problems.get(row);
  if (!byColumn) problems.set(row, (byColumn = new Map()));
  if (!byColumn.has(key)) byColumn.set(key, problem);
}

/** Inputs for the rows that changed, the grid row each came from, and the problems of the rows that cannot be sent. */
export interface Collected<Input> {
  inputs: Input[];
  rowOf: number[];
  problems: GridProblems;
}

function collect<Input>(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  periodKind: PeriodKind,
  build: (values: Record<string, unknown>, row: GridRow) => unknown,
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string; params?: unknown }> } } },
): Collected<Input> {
  const inputs: Input[] = [];
  const rowOf: number[] = [];
  const problems: GridProblems = new Map();
  rows.forEach((row, index) => {
    if (!isChanged(row) || isBlank(row)) return;
    const values: Record<string, unknown> = {};
    let ok = true;
    columns.forEach((column, c) => {
      const read = readCell(column, row.cells[c]!, periodKind);
      if (!read.ok) {
        ok = false;
        addProblem(problems, index, column.key, read.problem);
        return;
      }
      // An empty figure that was empty when loaded is left out: it stays as stored.
      if (read.value === null && row.loaded[c] === '' && column.kind !== 'text' && column.kind !== 'url') return;
      values[column.key] = read.value;
    });
    if (!ok) return;
    const input = build(values, row);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error?.issues ?? []) addProblem(problems, index, String(issue.path[0] ?? columns[0]!.key), { message: issue.message, params: issue.params as CellProblem['params'] });
      return;
    }
    inputs.push(input as Input);
    rowOf.push(index);
  });
  return { inputs, rowOf, problems };
}

/** The snapshot inputs of the changed rows. */
export function collectSnapshots(rows: readonly GridRow[], accountId: string, periodKind: PeriodKind): Collected<SnapshotInput> {
  return collect<SnapshotInput>(rows, SNAPSHOT_COLUMNS, periodKind, ({ period, ...figures }) => ({ accountId, period: { kind: periodKind, start: period }, ...figures }), SnapshotInput);
}

/** The article inputs of the changed rows; figures left empty are sent as not known. */
export function collectPosts(rows: readonly GridRow[], accountId: string, own: boolean, periodKind: PeriodKind): Collected<PostInput> {
  return collect<PostInput>(rows, postColumns(own), periodKind, (values) => ({ accountId, url: '', kind: '', reads: null, zaikan: null, likes: null, shares: null, ...values, title: values.title ?? '' }), PostInput);
}

/** A server's issues (`rows.<i>.<field>`) on the grid's cells; `rowOf` maps the call's rows to the grid's. */
export function problemsOfIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; params?: Record<string, unknown> }>, rowOf: readonly number[], fallbackKey: string): GridProblems {
  const problems: GridProblems = new Map();
  for (const issue of issues) {
    const [root, index, field, sub] = issue.path.map(String);
    const row = rowOf[Number(index)];
    if (root !== 'rows' || row === undefined) continue;
    // A period's problem sits on its start.
    const key = field === 'period' || sub === 'start' ? 'period' : (field ?? fallbackKey);
    addProblem(problems, row, key, { message: issue.message, params: issue.params as CellProblem['params'] });
  }
  return problems;
}

const countText = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatCount(value));

/** Grid rows for the periods shown: each period's stored figures, blank where none. */
export function snapshotRows(periods: readonly string[], snapshots: readonly Snapshot[]): GridRow[] {
  const byStart = new Map(snapshots.map((s) => [s.period.start, s]));
  return periods.map((start) => {
    const snapshot = byStart.get(start);
    const cells = [start, ...FIGURE_KEYS.map((key: FigureKey) => countText(snapshot ? (snapshot as Figures)[key] : null))];
    return { key: snapshot?.id ?? `period-${start}`, cells, loaded: cells.slice(), ...(snapshot ? { locked: keyColumns(SNAPSHOT_COLUMNS) } : {}) };
  });
}

/** Grid rows for stored articles, as their cells show them. */
export function postRows(posts: readonly Post[], own: boolean): GridRow[] {
  const columns = postColumns(own);
  const locked = keyColumns(columns);
  return posts.map((post) => {
    const cells = columns.map((column) => {
      const value = (post as unknown as Record<string, unknown>)[column.key];
      if (column.kind === 'count' || column.kind === 'signed') return countText(value as number | null);
      return value === null || value === undefined ? '' : String(value);
    });
    return { key: post.id, cells, loaded: cells.slice(), locked };
  });
}
