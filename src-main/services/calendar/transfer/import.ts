import { createHash } from 'node:crypto';
import { and, between, inArray, isNull } from 'drizzle-orm';
import { cleanLine, cleanText } from '../../../../src-shared/contract/common';
import { CalendarItemInput } from '../../../../src-shared/contract/calendar';
import { hasPushSlots, NO_SLOT } from '../../../../src-shared/domain/calendar/slots';
import { ImportField, type ColumnMapping, type FullMapping, type ImportedItem, type ImportIssue, type ImportMessage, type PreviewRow } from '../../../../src-shared/contract/calendar-transfer';
import { calendarItems } from '../../../db/schema';
import { cellText, type Cell, type SheetRow } from '../../../export/cell';
import type { Sheet } from '../../../export/sheet';
import { parseDate, parseSlot, parseStatus, parseTime, splitTags } from './import-values';
import { platformLabel } from '../labels';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import type { WorkspaceNames } from '../../workspace/workspace-names';

// Rows of a file → calendar items: which column is which field, what each cell means in this
// workspace (account, column and owner by name), what is wrong with a row, and which rows are
// already in the calendar.

/** Header names per field, compared without spaces, case or parenthesised hints. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  account: ['账号', '公众号', '账号名称', '公众号名称', '微信号', '平台账号', 'account'],
  date: ['日期', '发布日期', '推送日期', '发文日期', '排期', 'date', 'publishdate'],
  time: ['时间', '发布时间', '推送时间', 'time'],
  slot: ['位置', '条位', '头条次条', '头条/次条', '推送位置', '位次', 'slot', 'position'],
  column: ['栏目', 'column'],
  title: ['标题', '文章标题', 'title'],
  notes: ['选题说明', '备注', '说明', 'notes', 'note', 'description'],
  owner: ['负责人', '责任人', '作者', '撰稿人', 'owner', 'author'],
  dueDate: ['截稿日期', '截稿', '截止日期', 'duedate', 'deadline'],
  status: ['状态', 'status'],
  tags: ['标签', 'tags', 'tag'],
};

const normalize = (text: string) =>
  cleanLine(text)
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*:：_-]+/g, '');

/** Normalized header name → its field, built once (a field's first name wins). */
const FIELD_OF_HEADER = new Map<string, ImportField>();
for (const field of ImportField.options) for (const name of HEADER_NAMES[field]) if (!FIELD_OF_HEADER.has(normalize(name))) FIELD_OF_HEADER.set(normalize(name), field);

/** Each field's column: the first header cell whose name is one of the field's names (one pass over the header). */
export function suggestMapping(header: readonly string[]): FullMapping {
  const mapping = Object.fromEntries(ImportField.options.map((field) => [field, null])) as FullMapping;
  header.forEach((cell, index) => {
    const field = FIELD_OF_HEADER.get(normalize(cell));
    if (field && mapping[field] === null) mapping[field] = index;
  });
  return mapping;
}

export interface ImportTable {
  header: string[];
  rows: SheetRow[];
}

/** A problem of the whole file (its size, format, mapping), as a validation error of the call. */
export function fileError(detail: string, message: ImportMessage, path: Array<string | number> = ['base64'], params?: Record<string, number>): AppError {
  return new AppError('validation', detail, [{ path, message, ...(params ? { params } : {}) }]);
}

const isBlank = (row: SheetRow) => row.cells.every((cell) => cellText(cell) === '');

/** The first non-empty row is the header; empty rows are skipped (their numbers stay as Excel shows them). */
export function splitHeader(sheet: Sheet): ImportTable {
  const rows = sheet.rows.filter((row) => !isBlank(row));
  const [head, ...data] = rows;
  if (!head || data.length === 0) throw fileError('the file has no data rows', 'validation.import.empty');
  const header = head.cells.map((cell) => cleanLine(cellText(cell)));
  while (header.length && !header.at(-1)) header.pop();
  return { header, rows: data };
}

/** The given mapping over the suggestion (a field left out keeps the suggestion); columns must exist. */
export function resolveMapping(header: readonly string[], given: ColumnMapping | undefined, suggested = suggestMapping(header)): FullMapping {
  const mapping = { ...suggested, ...given };
  const missing = ImportField.options.find((field) => (mapping[field] ?? -1) >= header.length);
  if (missing) throw fileError(`the file has no column ${mapping[missing]! + 1}`, 'validation.import.noSuchColumn', ['mapping', missing], { column: mapping[missing]! + 1 });
  return mapping;
}

interface Lookups {
  accounts: Map<string, string[]>;
  platforms: Map<string, string>;
  columns: Map<string, Map<string, string>>;
  members: Map<string, string[]>;
}

const nameKey = (text: string) => text.toLowerCase().replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/\s+/g, '');

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key) ?? [];
  if (!ids.includes(id)) map.set(key, [...ids, id]);
}

function buildLookups(names: WorkspaceNames): Lookups {
  const accounts = new Map<string, string[]>();
  for (const a of names.accounts) {
    const platform = platformLabel(a.platform);
    for (const key of [a.name, `${a.name}(${platform})`, ...(a.handle ? [a.handle, `${a.name}(${a.handle})`] : [])]) addTo(accounts, nameKey(key), a.id);
  }
  const columns = new Map<string, Map<string, string>>();
  for (const c of names.columns) {
    const own = columns.get(c.accountId) ?? new Map<string, string>();
    if (!own.has(nameKey(c.name))) own.set(nameKey(c.name), c.id);
    columns.set(c.accountId, own);
  }
  const members = new Map<string, string[]>();
  for (const m of names.members) addTo(members, nameKey(m.name), m.id);
  return { accounts, platforms: new Map(names.accounts.map((a) => [a.id, a.platform])), columns, members };
}

/** Item fields as the contract names them → import fields. */
const FIELD_OF_PATH: Record<string, ImportField> = { accountId: 'account', columnId: 'column', ownerId: 'owner' };

export interface ReadRow extends PreviewRow {
  /** Identity of the row (account, date, slot, title), when those could be read. */
  sourceKey: string | null;
  /** The date read, to find the items the row could repeat. */
  keyDate: string;
}

/** `import:` + sha256 of account|date|slot|title: the same row of the same file always gets the same key. */
export function sourceKeyOf(item: Pick<ImportedItem, 'accountId' | 'date' | 'slot' | 'title'>): string {
  return `import:${createHash('sha256').update(`${item.accountId}|${item.date}|${item.slot}|${item.title}`).digest('hex')}`;
}

function readRow(row: SheetRow, mapping: FullMapping, lookups: Lookups): ReadRow {
  const raw = (field: ImportField): Cell => (mapping[field] === null ? null : (row.cells[mapping[field]!] ?? null));
  const cells: PreviewRow['cells'] = {};
  for (const field of ImportField.options) if (mapping[field] !== null) cells[field] = field === 'notes' ? cleanText(cellText(raw(field)).replace(/\r\n?/g, '\n')) : cleanLine(cellText(raw(field)));
  const text = (field: ImportField) => cells[field] ?? '';
  const issues: ImportIssue[] = [];
  const fail = (field: ImportField, message: ImportMessage, params: ImportIssue['params'] = { value: text(field) }) => issues.push({ field, message, params });

  const pick = (field: ImportField, map: Map<string, string[]>, unknown: ImportMessage, ambiguous: ImportMessage): string | null => {
    if (!text(field)) return null;
    const ids = map.get(nameKey(text(field))) ?? [];
    if (ids.length !== 1) fail(field, ids.length ? ambiguous : unknown);
    return ids.length === 1 ? ids[0]! : null;
  };
  const accountId = pick('account', lookups.accounts, 'validation.import.unknownAccount', 'validation.import.ambiguousAccount');
  const date = parseDate(raw('date'));
  if (date === undefined) fail('date', 'validation.import.badDate');
  const time = parseTime(raw('time'));
  if (time === undefined) fail('time', 'validation.import.badTime');
  // Only WeChat's pushes have 头条/次条: a row of another platform has no slot, whatever its cell says.
  const noSlot = accountId !== null && !hasPushSlots(lookups.platforms.get(accountId) ?? '');
  const slot = noSlot ? NO_SLOT : parseSlot(raw('slot'));
  if (slot === undefined) fail('slot', 'validation.import.badSlot');
  const columnId = accountId && text('column') ? (lookups.columns.get(accountId)?.get(nameKey(text('column'))) ?? null) : null;
  if (accountId && text('column') && !columnId) fail('column', 'validation.import.unknownColumn');
  const ownerId = pick('owner', lookups.members, 'validation.import.unknownOwner', 'validation.import.ambiguousOwner');
  const dueDate = parseDate(raw('dueDate'));
  if (dueDate === undefined) fail('dueDate', 'validation.import.badDate');
  const status = parseStatus(text('status'));
  if (!status) fail('status', 'validation.import.unknownStatus');

  // The contract's own rules (required account and title, lengths, tags) on what could be read.
  const candidate = {
    accountId: accountId ?? '',
    date: date ?? '',
    time: time ?? '',
    slot: slot ?? 1,
    columnId,
    title: text('title'),
    notes: text('notes'),
    ownerId,
    dueDate: dueDate ?? '',
    status: status ?? 'topic',
    tags: splitTags(text('tags')),
  };
  const parsed = CalendarItemInput.safeParse(candidate);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = String(issue.path[0]);
    const field = FIELD_OF_PATH[path] ?? (path as ImportField);
    if (issues.some((i) => i.field === field)) continue;
    const params = 'params' in issue ? (issue.params as ImportIssue['params']) : undefined;
    issues.push({ field, message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid', ...(params ? { params } : {}) });
  }
  const title = text('title');
  const identified = accountId && date !== undefined && slot !== undefined && title;
  return {
    row: row.row,
    cells,
    item: parsed.success && issues.length === 0 ? { ...parsed.data, ownerId: parsed.data.ownerId ?? null, notes: parsed.data.notes ?? '' } : null,
    issues,
    duplicate: false,
    sourceKey: identified ? sourceKeyOf({ accountId, date, slot, title }) : null,
    keyDate: date ?? '',
  };
}

const CHUNK = 500;

/** The identities of live items that rows could repeat: by content (typed in or exported) and by import key. */
function existingKeys(ctx: ServiceContext, rows: readonly ReadRow[]): Set<string> {
  const identified = rows.filter((r) => r.sourceKey);
  const keys = identified.map((r) => r.sourceKey!);
  const dates = identified.map((r) => r.keyDate).sort();
  const existing = new Set<string>();
  if (!keys.length) return existing;
  const live = isNull(calendarItems.deletedAt);
  const inRange = ctx.db
    .select({ accountId: calendarItems.accountId, date: calendarItems.date, slot: calendarItems.slot, title: calendarItems.title })
    .from(calendarItems)
    .where(and(live, between(calendarItems.date, dates[0]!, dates.at(-1)!)))
    .all();
  for (const item of inRange) existing.add(sourceKeyOf(item));
  for (let i = 0; i < keys.length; i += CHUNK) {
    const found = ctx.db
      .select({ key: calendarItems.sourceKey })
      .from(calendarItems)
      .where(and(live, inArray(calendarItems.sourceKey, keys.slice(i, i + CHUNK))))
      .all();
    for (const { key } of found) existing.add(key);
  }
  return existing;
}

/** Reads every row and marks the ones already in the calendar, or earlier in the file, as duplicates. */
export function readImportRows(ctx: ServiceContext, table: ImportTable, mapping: FullMapping, names: WorkspaceNames): ReadRow[] {
  const lookups = buildLookups(names);
  const rows = table.rows.map((row) => readRow(row, mapping, lookups));
  const seen = existingKeys(ctx, rows);
  for (const row of rows) {
    if (!row.sourceKey) continue;
    row.duplicate = seen.has(row.sourceKey);
    // Only a row that will be created hides a later one: an invalid first copy is not written.
    if (row.item && !row.duplicate) seen.add(row.sourceKey);
  }
  return rows;
}

/** valid: would be created; duplicate: skipped as already there; invalid: has issues (and is no duplicate). */
export function countRows(rows: readonly PreviewRow[]) {
  const duplicate = rows.filter((r) => r.duplicate).length;
  const valid = rows.filter((r) => !r.duplicate && r.item).length;
  return { valid, duplicate, invalid: rows.length - valid - duplicate };
}
