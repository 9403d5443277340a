import { createHash } from 'node:crypto';
import { and, between, inArray, isNull } from 'drizzle-orm';
import { LINK_KINDS, WORK_CATEGORIES, WorkLogInput, type LinkKind, type WorkCategory, type WorklogImportField } from '../../../src-shared/contract/worklog';
import { MAX_WORKLOG_IMPORT_BYTES, MAX_WORKLOG_IMPORT_ROWS, WorklogImportField as Fields } from '../../../src-shared/contract/worklog';
import type { ImportIssue } from '../../../src-shared/contract/imports';
import { parseDuration } from '../../../src-shared/domain/worklog/duration';
import { translate } from '../../../src-shared/i18n';
import { workLogs } from '../../db/schema';
import type { ServiceContext } from '../context';
import { parseDate } from '../imports/cell-values';
import type { ImportSpec, ReadRecord, RowCells } from '../imports/target';
import { loadWorkspaceNames } from '../workspace/workspace-names';
import { entryValues } from './entries';
import { linksTitled } from './links';

// The work log as a target of the one import pipeline (services/imports/): 日期, 成员, 类别, 时长,
// 备注, 关联. Members by name, categories by their Chinese or English names, durations as typed
// (90, 1.5h, 1小时30分, 1:30), links as 「活动：名称」 or a bare title. An entry's identity is its
// content, so the same file twice (or an export read back) creates nothing.

const HEADER_NAMES: Record<WorklogImportField, readonly string[]> = {
  date: ['日期', '工作日期', 'date'],
  member: ['成员', '姓名', '人员', '负责人', 'member', 'person', 'name'],
  category: ['类别', '类型', '工作类别', '工作类型', 'category'],
  duration: ['时长', '用时', '耗时', '分钟', '工时', 'duration', 'minutes', 'time'],
  note: ['备注', '工作内容', '内容', '说明', 'note', 'notes'],
  link: ['关联', '关联事项', '关联内容', 'link'],
};

export const categoryLabel = (category: WorkCategory) => translate('zh-CN', `worklog.categories.${category}`);
export const linkKindLabel = (kind: LinkKind) => translate('zh-CN', `worklog.linkKinds.${kind}`);

const ALIASES: Record<string, WorkCategory> = { 写作: 'writing', 文案: 'writing', 撰稿: 'writing', 数据: 'data', 数据分析: 'data', 社群运营: 'community', 活动策划: 'activity' };
const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function categoryOf(text: string): WorkCategory | undefined {
  if (!text) return 'other';
  const wanted = key(text);
  return WORK_CATEGORIES.find((c) => key(c) === wanted || key(categoryLabel(c)) === wanted || key(translate('en', `worklog.categories.${c}`)) === wanted) ?? ALIASES[wanted];
}

interface Lookups {
  members: Map<string, string[]>;
  /** Link cell → what it names (memoized: files repeat the same titles). */
  link(text: string): Array<{ kind: LinkKind; id: string }>;
}

function prepare(ctx: ServiceContext): Lookups {
  const members = new Map<string, string[]>();
  for (const m of loadWorkspaceNames(ctx).members) members.set(key(m.name), [...(members.get(key(m.name)) ?? []), m.id]);
  const links = new Map<string, Array<{ kind: LinkKind; id: string }>>();
  return {
    members,
    link(text) {
      if (!links.has(text)) {
        const prefixed = /^(.+?)[:：]\s*(.+)$/.exec(text);
        const kind = prefixed ? LINK_KINDS.find((k) => [linkKindLabel(k), translate('en', `worklog.linkKinds.${k}`)].includes(prefixed[1]!.trim())) : undefined;
        links.set(text, kind ? linksTitled(ctx, [kind], prefixed![2]!.trim()) : linksTitled(ctx, LINK_KINDS, text));
      }
      return links.get(text)!;
    },
  };
}

type Entry = WorkLogInput & { note: string };

/** `import:` + sha256 of the entry's content: the same row always gets the same key. */
export function entryKey(entry: { date: string; memberId: string; category: string; minutes: number; note: string; linkKind: string; linkId: string | null }): string {
  const text = [entry.date, entry.memberId, entry.category, entry.minutes, entry.note, entry.linkKind, entry.linkId ?? ''].join('|');
  return `import:${createHash('sha256').update(text).digest('hex')}`;
}
const keyOfEntry = (entry: Entry) => entryKey({ ...entry, linkKind: entry.link?.kind ?? '', linkId: entry.link?.id ?? null });

function readRow(cells: RowCells<WorklogImportField>, lookups: Lookups): ReadRecord<Entry> {
  const { text } = cells;
  const issues: ImportIssue[] = [];
  const fail = (field: WorklogImportField, message: string) => issues.push({ field, message, params: { value: text(field) } });
  const date = parseDate(cells.raw('date'));
  if (!date) fail('date', 'validation.import.badDate');
  const ids = lookups.members.get(key(text('member'))) ?? [];
  if (!text('member')) issues.push({ field: 'member', message: 'validation.required' });
  else if (ids.length !== 1) fail('member', ids.length ? 'validation.import.ambiguousOwner' : 'validation.import.unknownOwner');
  const category = categoryOf(text('category'));
  if (!category) fail('category', 'validation.worklog.unknownCategory');
  const rawDuration = cells.raw('duration');
  const minutes = parseDuration(typeof rawDuration === 'number' ? rawDuration : text('duration'));
  if (minutes === undefined) fail('duration', text('duration') ? 'validation.worklog.badDuration' : 'validation.required');
  const links = text('link') ? lookups.link(text('link')) : [];
  if (text('link') && links.length !== 1) fail('link', links.length ? 'validation.worklog.ambiguousLink' : 'validation.worklog.unknownLink');
  const parsed = WorkLogInput.safeParse({ date: date ?? '', memberId: ids[0] ?? '', category: category ?? 'other', minutes: minutes ?? 0, note: text('note'), link: links.length === 1 ? links[0] : null });
  if (issues.length === 0 && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = ({ minutes: 'duration', memberId: 'member' } as Record<string, WorklogImportField>)[String(issue.path[0])] ?? (String(issue.path[0]) as WorklogImportField);
      issues.push({ field, message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid', params: { value: text(field) } });
    }
  }
  if (!parsed.success || issues.length) return { record: null, issues, key: null };
  const record = { ...parsed.data, note: parsed.data.note ?? '' };
  return { record, issues, key: keyOfEntry(record) };
}

/** Rows already stored: a live entry imported with their key, or one typed in with the same content. */
function existing(ctx: ServiceContext, rows: ReadonlyArray<{ key: string; record: Entry }>): Map<string, 'same'> {
  const keys = new Set(rows.map((r) => r.key));
  const dates = rows.map((r) => r.record.date).sort();
  const stored = new Set<string>();
  const live = isNull(workLogs.deletedAt);
  for (const row of ctx.db
    .select()
    .from(workLogs)
    .where(and(live, between(workLogs.date, dates[0]!, dates.at(-1)!)))
    .all())
    stored.add(row.sourceKey || entryKey(row));
  const all = [...keys];
  for (let i = 0; i < all.length; i += 500)
    for (const { sourceKey } of ctx.db
      .select({ sourceKey: workLogs.sourceKey })
      .from(workLogs)
      .where(and(live, inArray(workLogs.sourceKey, all.slice(i, i + 500))))
      .all())
      stored.add(sourceKey);
  return new Map(all.filter((k) => stored.has(k)).map((k) => [k, 'same' as const]));
}

export const worklogImport: ImportSpec<WorklogImportField, Entry, Lookups> = {
  target: 'worklog',
  fields: Fields.options,
  headerNames: HEADER_NAMES,
  required: ['date', 'member', 'duration'],
  limits: { maxBytes: MAX_WORKLOG_IMPORT_BYTES, maxRows: MAX_WORKLOG_IMPORT_ROWS },
  labels: Object.fromEntries(Fields.options.map((f) => [f, `worklog.fields.${f}`])) as Record<WorklogImportField, `worklog.fields.${WorklogImportField}`>,
  multiline: ['note'],
  prepare,
  readRow,
  existing,
  write(ctx, rows) {
    ctx.repo.insertMany(
      workLogs,
      rows.map(({ key, record }) => ({ ...entryValues(record), sourceKey: key })),
    );
  },
};
