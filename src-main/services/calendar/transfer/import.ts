import { createHash } from 'node:crypto';
import { and, between, inArray, isNull } from 'drizzle-orm';
import { CalendarItemInput } from '../../../../src-shared/contract/calendar';
import { hasPushSlots, NO_SLOT } from '../../../../src-shared/domain/calendar/slots';
import { ImportField, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportedItem, type ImportIssue, type ImportMessage } from '../../../../src-shared/contract/calendar-transfer';
import { calendarItems } from '../../../db/schema';
import { parseDate, parseSlot, parseStatus, parseTime, splitTags } from './import-values';
import { platformLabel } from '../labels';
import type { ServiceContext } from '../../context';
import type { ImportSpec, ReadRecord, RowCells } from '../../imports/target';
import { insertItem } from '../item-rows';
import { loadWorkspaceNames, type WorkspaceNames } from '../../workspace/workspace-names';

// The calendar as a target of the one import pipeline (services/imports/pipeline.ts): its fields
// and their header names, what each cell means in this workspace (account, column and owner by
// name), what is wrong with a row, which rows are already in the calendar, and how a row is
// created. Reading, mapping, preview, commit and the rejected rows are the pipeline's.

/** Header names per field, compared without spaces, case or parenthesised hints. */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
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

interface Lookups {
  accounts: Map<string, string[]>;
  platforms: Map<string, string>;
  columns: Map<string, Map<string, string>>;
  members: Map<string, string[]>;
  /** The ids of the items a commit created, in file order (for the calendar's history). */
  created: string[];
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
  return { accounts, platforms: new Map(names.accounts.map((a) => [a.id, a.platform])), columns, members, created: [] };
}

/** Item fields as the contract names them → import fields. */
const FIELD_OF_PATH: Record<string, ImportField> = { accountId: 'account', columnId: 'column', ownerId: 'owner' };

/** `import:` + sha256 of account|date|slot|title: the same row of the same file always gets the same key. */
export function sourceKeyOf(item: Pick<ImportedItem, 'accountId' | 'date' | 'slot' | 'title'>): string {
  return `import:${createHash('sha256').update(`${item.accountId}|${item.date}|${item.slot}|${item.title}`).digest('hex')}`;
}

function readRow(cells: RowCells<ImportField>, lookups: Lookups): ReadRecord<ImportedItem> {
  const { raw, text } = cells;
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
    record: parsed.success && issues.length === 0 ? { ...parsed.data, ownerId: parsed.data.ownerId ?? null, notes: parsed.data.notes ?? '' } : null,
    issues,
    key: identified ? sourceKeyOf({ accountId, date, slot, title }) : null,
  };
}

const CHUNK = 500;

/** The rows already in the calendar: a live item has their import key, or the same account, date, slot and title (typed in or exported). */
function existingKeys(ctx: ServiceContext, rows: ReadonlyArray<{ key: string; record: ImportedItem }>): Map<string, 'same'> {
  const keys = rows.map((r) => r.key);
  const dates = rows.map((r) => r.record.date).sort();
  const stored = new Set<string>();
  const live = isNull(calendarItems.deletedAt);
  const inRange = ctx.db
    .select({ accountId: calendarItems.accountId, date: calendarItems.date, slot: calendarItems.slot, title: calendarItems.title })
    .from(calendarItems)
    .where(and(live, between(calendarItems.date, dates[0]!, dates.at(-1)!)))
    .all();
  for (const item of inRange) stored.add(sourceKeyOf(item));
  for (let i = 0; i < keys.length; i += CHUNK) {
    const found = ctx.db
      .select({ key: calendarItems.sourceKey })
      .from(calendarItems)
      .where(and(live, inArray(calendarItems.sourceKey, keys.slice(i, i + CHUNK))))
      .all();
    for (const { key } of found) stored.add(key);
  }
  return new Map(keys.filter((key) => stored.has(key)).map((key) => [key, 'same' as const]));
}

/** The calendar's import: the content calendar never updates an item from a file, so a row is new or a duplicate. */
export const calendarImport: ImportSpec<ImportField, ImportedItem, Lookups> = {
  target: 'calendar',
  fields: ImportField.options,
  headerNames: HEADER_NAMES,
  required: ['account', 'title'],
  limits: { maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS },
  labels: Object.fromEntries(ImportField.options.map((field) => [field, `calendarTransfer.fields.${field}`])) as Record<ImportField, `calendarTransfer.fields.${ImportField}`>,
  multiline: ['notes'],
  prepare: (ctx) => buildLookups(loadWorkspaceNames(ctx)),
  readRow,
  existing: existingKeys,
  write(ctx, rows, lookups) {
    for (const { key, record } of rows) lookups.created.push(insertItem(ctx, { ...record, sourceKey: key }));
  },
};
