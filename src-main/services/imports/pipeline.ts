import { cleanLine, cleanText } from '../../../src-shared/contract/common';
import { MAX_IMPORT_COLUMNS, type AnyColumnMapping, type ImportIssue, type RowOutcome } from '../../../src-shared/contract/imports';
import { translate } from '../../../src-shared/i18n';
import { createBackup } from '../../db/backup';
import { cellText, SheetLimitError, type Cell, type SheetRow } from '../../export/cell';
import type { TextEncoding } from '../../export/csv-reader';
import { readSheet, UnreadableFileError } from '../../export/sheet';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { normalizeHeader } from './header';
import { createImportsService } from './imports-service';
import { rejectedFile, type Rejected } from './rejected-file';
import type { ImportSpec, RowCells } from './target';

// The one import pipeline: every target (calendar, benchmarks, later the work log) reads, maps,
// previews, commits and reports problems through these functions; a target only declares its
// fields and how a row becomes its record (target.ts).
//
//   readImportFile (async: the bounded read) → analyseImport (sync: header, mapping, rows,
//   outcomes) → previewRows / commitAnalysed (sync: backup, one transaction, rejected rows).
//
// Everything after the read is synchronous, so nothing else can write between the duplicate
// check and the writes of a commit.

export interface ImportFileInput {
  fileName: string;
  base64: string;
  /** The caller's mapping, over the saved one and the suggestion (a field left out keeps theirs). */
  mapping?: AnyColumnMapping;
}

export type Mapping<F extends string> = Record<F, number | null>;

/** The rows of a file as read: the header (first non-empty row) and the data rows after it. */
export interface ImportTable {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: TextEncoding;
  header: string[];
  rows: SheetRow[];
}

/** One data row after the pipeline: its cells, what the target read, and what would happen to it. */
export interface PipelineRow<F extends string, R> {
  /** The row number Excel shows. */
  row: number;
  /** The mapped cells as text (trimmed; one line unless the field is multiline). */
  cells: Partial<Record<F, string>>;
  /** The row's cells as the file has them (every column), for the rejected-rows file. */
  source: SheetRow['cells'];
  record: R | null;
  issues: ImportIssue[];
  key: string | null;
  outcome: RowOutcome;
}

export interface OutcomeCounts {
  create: number;
  update: number;
  duplicate: number;
  invalid: number;
}

export interface AnalysedImport<F extends string, R, L> extends Omit<ImportTable, 'rows'> {
  /** The mapping guessed from the header names. */
  suggested: Mapping<F>;
  /** The saved mapping applied because the file's header matches it. */
  savedMapping: { id: string; name: string } | null;
  /** The mapping the rows were read with. */
  mapping: Mapping<F>;
  /** Required fields no column is mapped to (a commit refuses while any is left). */
  unmapped: F[];
  rows: Array<PipelineRow<F, R>>;
  counts: OutcomeCounts;
  lookups: L;
}

/** A problem of the whole file (its size, format, mapping), as a validation error of the call. */
export function fileError(detail: string, message: string, path: Array<string | number> = ['base64'], params?: Record<string, number | string>): AppError {
  return new AppError('validation', detail, [{ path, message, ...(params ? { params } : {}) }]);
}

function limitError(fileName: string, error: SheetLimitError, maxRows: number) {
  switch (error.reason) {
    case 'tooManyRows':
      return fileError(`${fileName} has more than ${maxRows} rows`, 'validation.import.tooManyRows', ['base64'], { max: maxRows });
    case 'tooManyColumns':
      return fileError(`${fileName} has cells past column ${MAX_IMPORT_COLUMNS}`, 'validation.import.tooManyColumns', ['base64'], { max: MAX_IMPORT_COLUMNS });
    case 'unpacksTooLarge':
      return fileError(`${fileName} unpacks to more than ${error.limit} bytes`, 'validation.import.unpacksTooLarge', ['base64'], { maxMb: Math.round(error.limit / 1024 / 1024) });
  }
}

const isBlank = (row: SheetRow) => row.cells.every((cell) => cellText(cell) === '');

/**
 * Reads a file within the target's limits: at most `maxBytes`, `maxRows` data rows and 256
 * columns (reading stops there, so a hostile file costs little). The first non-empty row is the
 * header; blank rows are skipped, their numbers kept as Excel shows them.
 */
export async function readImportFile({ fileName, base64 }: Pick<ImportFileInput, 'fileName' | 'base64'>, limits: { maxBytes: number; maxRows: number }): Promise<ImportTable> {
  const bytes = Buffer.from(base64, 'base64');
  const maxMb = Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10;
  if (bytes.length > limits.maxBytes) throw fileError(`${fileName} is larger than ${maxMb} MB`, 'validation.import.fileTooLarge', ['base64'], { maxMb });
  let sheet;
  try {
    sheet = await readSheet(fileName, bytes, { maxRows: limits.maxRows + 1, maxColumns: MAX_IMPORT_COLUMNS });
  } catch (error) {
    if (error instanceof UnreadableFileError) throw fileError(error.message, 'validation.import.unreadable');
    if (error instanceof SheetLimitError) throw limitError(fileName, error, limits.maxRows);
    throw error;
  }
  const [head, ...rows] = sheet.rows.filter((row) => !isBlank(row));
  if (!head || rows.length === 0) throw fileError('the file has no data rows', 'validation.import.empty');
  const header = head.cells.map((cell) => cleanLine(cellText(cell)));
  while (header.length && !header.at(-1)) header.pop();
  return { fileName, format: sheet.format, encoding: sheet.encoding, header, rows };
}

/** Normalized header name → field and the name's place in the field's list, per spec (built once; the spec's field order decides between fields). */
const fieldsOfHeader = new WeakMap<object, Map<string, { field: string; rank: number }>>();
function fieldOfHeader<F extends string>(spec: Pick<ImportSpec<F, unknown, unknown>, 'fields' | 'headerNames'>): Map<string, { field: F; rank: number }> {
  let map = fieldsOfHeader.get(spec.headerNames);
  if (!map) {
    map = new Map();
    for (const field of spec.fields)
      spec.headerNames[field].forEach((name, rank) => {
        if (!map!.has(normalizeHeader(name))) map!.set(normalizeHeader(name), { field, rank });
      });
    fieldsOfHeader.set(spec.headerNames, map);
  }
  return map as Map<string, { field: F; rank: number }>;
}

/**
 * Each field's column: the header cell matching the earliest of the field's names (a file with both
 * 阅读次数 and 阅读人数 gives reads from the one the field lists first), the leftmost on a tie.
 */
export function suggestMapping<F extends string>(spec: Pick<ImportSpec<F, unknown, unknown>, 'fields' | 'headerNames'>, header: readonly string[]): Mapping<F> {
  const mapping = Object.fromEntries(spec.fields.map((field) => [field, null])) as Mapping<F>;
  const bestRank = new Map<F, number>();
  const names = fieldOfHeader(spec);
  header.forEach((cell, index) => {
    const match = names.get(normalizeHeader(cell));
    if (!match || (bestRank.get(match.field) ?? Infinity) <= match.rank) return;
    mapping[match.field] = index;
    bestRank.set(match.field, match.rank);
  });
  return mapping;
}

/** The saved mapping for this header; a rejected-rows file (the header + 问题) finds the original's. */
function savedMappingFor(ctx: ServiceContext, spec: ImportSpec<string, unknown, unknown>, header: readonly string[]) {
  const mappings = createImportsService(ctx);
  const found = mappings.mappingFor(spec.target, header);
  if (found || header.length < 2 || normalizeHeader(header.at(-1)!) !== normalizeHeader('问题')) return found;
  return mappings.mappingFor(spec.target, header.slice(0, -1));
}

/** Only the spec's fields, each a column of the file or null. */
function knownFields<F extends string>(spec: ImportSpec<F, unknown, unknown>, mapping: AnyColumnMapping | undefined): Partial<Mapping<F>> {
  const known: Partial<Mapping<F>> = {};
  for (const field of spec.fields) if (mapping && Object.hasOwn(mapping, field) && mapping[field] !== undefined) known[field] = mapping[field];
  return known;
}

/** Suggested, then saved, then given; every column must exist. */
function resolveMapping<F extends string>(ctx: ServiceContext, spec: ImportSpec<F, unknown, unknown>, header: readonly string[], given: AnyColumnMapping | undefined) {
  const suggested = suggestMapping(spec, header);
  const saved = savedMappingFor(ctx, spec as ImportSpec<string, unknown, unknown>, header);
  const mapping: Mapping<F> = { ...suggested, ...knownFields(spec, saved?.mapping), ...knownFields(spec, given) };
  const missing = spec.fields.find((field) => (mapping[field] ?? -1) >= header.length);
  if (missing) throw fileError(`the file has no column ${mapping[missing]! + 1}`, 'validation.import.noSuchColumn', ['mapping', missing], { column: mapping[missing]! + 1 });
  return { suggested, mapping, savedMapping: saved ? { id: saved.id, name: saved.name } : null };
}

function rowCells<F extends string>(spec: ImportSpec<F, unknown, unknown>, row: SheetRow, mapping: Mapping<F>, multiline: ReadonlySet<F>) {
  const cells: Partial<Record<F, string>> = {};
  const raw = (field: F): Cell => (mapping[field] === null || mapping[field] === undefined ? null : (row.cells[mapping[field]] ?? null));
  for (const field of spec.fields) {
    if (mapping[field] === null) continue;
    const text = cellText(raw(field));
    cells[field] = multiline.has(field) ? cleanText(text.replace(/\r\n?/g, '\n')) : cleanLine(text);
  }
  const view: RowCells<F> = { row: row.row, text: (field) => cells[field] ?? '', raw };
  return { cells, view };
}

/**
 * Reads every row with the resolved mapping and sorts it: invalid (has issues), duplicate (stored
 * already and the same, or an earlier valid row of the file has its key), update (stored, and the
 * row differs), create.
 */
export function analyseImport<F extends string, R, L>(ctx: ServiceContext, spec: ImportSpec<F, R, L>, table: ImportTable, given?: AnyColumnMapping): AnalysedImport<F, R, L> {
  const { suggested, mapping, savedMapping } = resolveMapping(ctx, spec, table.header, given);
  const lookups = spec.prepare(ctx);
  const multiline = new Set(spec.multiline ?? []);
  const rows: Array<PipelineRow<F, R>> = table.rows.map((sheetRow) => {
    const { cells, view } = rowCells(spec, sheetRow, mapping, multiline);
    const read = spec.readRow(view, lookups);
    const valid = read.record !== null && read.issues.length === 0;
    return { row: sheetRow.row, cells, source: sheetRow.cells, record: valid ? read.record : null, issues: read.issues, key: read.key, outcome: valid && read.key !== null ? 'create' : 'invalid' };
  });
  const identified = rows.filter((row) => row.outcome === 'create') as Array<PipelineRow<F, R> & { key: string; record: R }>;
  const stored = identified.length ? spec.existing(ctx, identified) : new Map<string, 'same' | 'differs'>();
  const seen = new Set<string>();
  for (const row of identified) {
    // A later row with the key of an earlier valid row repeats it.
    if (seen.has(row.key)) row.outcome = 'duplicate';
    else row.outcome = stored.get(row.key) === 'same' ? 'duplicate' : stored.get(row.key) === 'differs' ? 'update' : 'create';
    seen.add(row.key);
  }
  const counts: OutcomeCounts = { create: 0, update: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.outcome]++;
  const unmapped = spec.required.filter((field) => mapping[field] === null);
  const { rows: _rows, ...file } = table;
  return { ...file, suggested, savedMapping, mapping, unmapped, rows, counts, lookups };
}

/** Reads and analyses a file: what a preview shows. */
export async function readImport<F extends string, R, L>(ctx: ServiceContext, spec: ImportSpec<F, R, L>, input: ImportFileInput): Promise<AnalysedImport<F, R, L>> {
  return analyseImport(ctx, spec, await readImportFile(input, spec.limits), input.mapping);
}

/**
 * The rows a preview sends: all of them when they fit in `max`, else the rows with problems first
 * (in file order), then the others, `max` in all.
 */
export function previewRows<T extends { outcome: RowOutcome }>(rows: readonly T[], max = Number.POSITIVE_INFINITY): T[] {
  if (rows.length <= max) return [...rows];
  const invalid = rows.filter((row) => row.outcome === 'invalid');
  return [...invalid.slice(0, max), ...rows.filter((row) => row.outcome !== 'invalid').slice(0, Math.max(0, max - invalid.length))];
}

/** A commit refuses while a required field has no column: the error names them. */
function refuseUnmapped(spec: ImportSpec<string, unknown, unknown>, analysed: AnalysedImport<string, unknown, unknown>, fieldName: (field: string) => string): void {
  if (!analysed.unmapped.length) return;
  const names = analysed.unmapped.map(fieldName);
  throw new AppError(
    'validation',
    `required fields without a column: ${analysed.unmapped.join(', ')}`,
    analysed.unmapped.map((field) => ({ path: ['mapping', field], message: 'validation.import.unmapped', params: { fields: names.join('、') } })),
  );
}

export interface CommitResult<F extends string, R, L> {
  analysed: AnalysedImport<F, R, L>;
  /** The rows written, in file order. */
  written: Array<PipelineRow<F, R> & { key: string; record: R; outcome: 'create' | 'update' }>;
  counts: OutcomeCounts;
  /** The rows not imported (invalid), as a CSV that imports once fixed; null when none. */
  rejected: Rejected;
}

/**
 * Writes an analysed file: a `before-import` backup when something is written, then every row to
 * create or update in ONE transaction (an error on any row rolls all back), and the rejected rows.
 */
export function commitAnalysed<F extends string, R, L>(ctx: ServiceContext, spec: ImportSpec<F, R, L>, analysed: AnalysedImport<F, R, L>): CommitResult<F, R, L> {
  const name = fieldNamer(spec, analysed);
  refuseUnmapped(spec as ImportSpec<string, unknown, unknown>, analysed as AnalysedImport<string, unknown, unknown>, name as (field: string) => string);
  const written = analysed.rows.filter((row) => row.outcome === 'create' || row.outcome === 'update') as CommitResult<F, R, L>['written'];
  if (written.length > 0) {
    createBackup(ctx.sqlite, ctx.dataDir, 'before-import');
    ctx.repo.transaction(() => spec.write(ctx, written, analysed.lookups));
  }
  return { analysed, written, counts: analysed.counts, rejected: rejectedOf(spec, analysed) };
}

/** Reads, analyses and commits a file (the read is the only await: the rest runs without a break). */
export async function commitImport<F extends string, R, L>(ctx: ServiceContext, spec: ImportSpec<F, R, L>, input: ImportFileInput): Promise<CommitResult<F, R, L>> {
  const table = await readImportFile(input, spec.limits);
  return commitAnalysed(ctx, spec, analyseImport(ctx, spec, table, input.mapping));
}

/** A field as a person reads it: its column's header when it has one, else the spec's label (zh-CN: import files are Chinese). */
export function fieldNamer<F extends string>(spec: ImportSpec<F, unknown, unknown>, analysed: Pick<AnalysedImport<F, unknown, unknown>, 'header' | 'mapping'>): (field: F) => string {
  return (field) => {
    const column = analysed.mapping[field];
    const header = column === null || column === undefined ? '' : (analysed.header[column] ?? '');
    return header || (spec.labels?.[field] ? translate('zh-CN', spec.labels[field]) : field);
  };
}

/** The rows not imported as a CSV (the original header + 问题), or null when every row was good. */
export function rejectedOf<F extends string, R, L>(spec: ImportSpec<F, R, L>, analysed: AnalysedImport<F, R, L>): Rejected {
  return rejectedFile(analysed, fieldNamer(spec, analysed));
}
