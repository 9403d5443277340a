import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { MAX_ENTRY_MINUTES } from '../domain/worklog/duration';
import { Id, IdInput, optionalText, Ok, RowMeta } from './common';
import { defineDomain, method } from './define';
import { AnyColumnMapping, ImportCounts, ImportIssue, importFileSchema, RejectedFile, RowOutcome, TransferFile } from './imports';

// The work log (工作日志): who spent how many minutes on what, each day. The record that shows the
// boss what the team does; minutes × a member's hourly cost is what people's time costs.

const IsoDate = z.string().refine(isIsoDate, 'validation.date');

/** 写稿 / 设计 / 客服 / 推广 / 数据分析 / 会议 / 社群 / 活动 / 其他. */
export const WORK_CATEGORIES = ['writing', 'design', 'support', 'promotion', 'data', 'meeting', 'community', 'activity', 'other'] as const;
export const WorkCategory = z.enum(WORK_CATEGORIES);
export type WorkCategory = z.infer<typeof WorkCategory>;

/** What an entry was for: a calendar item (排期), an article (稿件), an activity or a followers' concern. */
export const LINK_KINDS = ['calendar', 'article', 'activity', 'concern'] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

const Minutes = z.number('validation.number').int('validation.integer').min(1, 'validation.worklog.minutes').max(MAX_ENTRY_MINUTES, 'validation.worklog.minutes');

const Link = z.object({ kind: LinkKind, id: Id });

const entryFields = {
  date: IsoDate,
  memberId: Id,
  category: WorkCategory,
  minutes: Minutes,
  note: optionalText(500, { multiline: true }),
  /** null or left out: not linked. */
  link: Link.nullable().optional(),
};
export const WorkLogInput = z.object(entryFields);
export type WorkLogInput = z.input<typeof WorkLogInput>;

export const WorkLog = RowMeta.extend({
  ...entryFields,
  note: z.string(),
  link: Link.extend({ title: z.string() }).nullable(),
  /** Where an imported entry came from ('' when typed in). */
  sourceKey: z.string(),
});
export type WorkLog = z.infer<typeof WorkLog>;

const Range = z.object({ from: IsoDate, to: IsoDate });

export const WorkLogFilter = Range.extend({ memberId: Id.optional(), category: WorkCategory.optional() });
export type WorkLogFilter = z.input<typeof WorkLogFilter>;

export const Timesheet = z.object({
  /** The Monday of the week. */
  weekStart: z.string(),
  /** Monday … Sunday. */
  days: z.array(z.string()),
  /** One row per member with time logged that week (or the member asked for), by name. */
  rows: z.array(z.object({ memberId: Id, name: z.string(), minutes: z.array(z.number()), total: z.number() })),
  dayTotals: z.array(z.number()),
  total: z.number(),
});
export type Timesheet = z.infer<typeof Timesheet>;

export const WorkStats = z.object({
  totalMinutes: z.number(),
  /** Σ minutes × hourly cost, in fen (members without an hourly cost add nothing). */
  costFen: z.number(),
  byCategory: z.array(z.object({ category: WorkCategory, minutes: z.number(), costFen: z.number() })),
  byMember: z.array(z.object({ memberId: Id, name: z.string(), minutes: z.number(), hourlyCostFen: z.number(), costFen: z.number() })),
});
export type WorkStats = z.infer<typeof WorkStats>;

export const LinkCandidate = z.object({ kind: LinkKind, id: Id, title: z.string(), date: z.string() });
export type LinkCandidate = z.infer<typeof LinkCandidate>;

/** The fields a work-log file is read into: 日期, 成员, 类别, 时长, 备注, 关联. */
export const WorklogImportField = z.enum(['date', 'member', 'category', 'duration', 'note', 'link']);
export type WorklogImportField = z.infer<typeof WorklogImportField>;
export const MAX_WORKLOG_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_WORKLOG_IMPORT_ROWS = 20_000;
const ImportInput = importFileSchema(MAX_WORKLOG_IMPORT_BYTES).extend({ mapping: AnyColumnMapping.optional() });
const IMPORT_BODY_BYTES = Math.ceil(MAX_WORKLOG_IMPORT_BYTES / 3) * 4 + 64 * 1024;

export const WorklogImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  header: z.array(z.string()),
  suggested: AnyColumnMapping,
  mapping: AnyColumnMapping,
  savedMapping: z.object({ id: Id, name: z.string() }).nullable(),
  unmapped: z.array(WorklogImportField),
  /** Rows with problems first when the file is large. */
  rows: z.array(z.object({ row: z.number(), cells: z.record(z.string(), z.string()), issues: z.array(ImportIssue), outcome: RowOutcome })),
  counts: ImportCounts,
  rejected: RejectedFile,
});
export type WorklogImportPreview = z.infer<typeof WorklogImportPreview>;
export const WorklogImportResult = z.object({ created: z.number(), duplicates: z.number(), invalid: z.number(), rejected: RejectedFile });
export type WorklogImportResult = z.infer<typeof WorklogImportResult>;

export const worklogContract = defineDomain('worklog', {
  list: method('Lists the entries of [from, to] (a member’s, a category’s), by date then entry.', WorkLogFilter, z.array(WorkLog)),
  create: method('Logs time: one entry of one member on one day.', WorkLogInput, WorkLog),
  update: method('Changes an entry.', z.object({ id: Id, patch: WorkLogInput.partial() }), WorkLog),
  remove: method('Deletes an entry (restore undoes it).', IdInput, Ok),
  restore: method('Undoes a remove.', IdInput, WorkLog),
  timesheet: method('Minutes per member per day of a Monday–Sunday week (any day of it given), with totals.', z.object({ weekStart: IsoDate, memberId: Id.optional() }), Timesheet),
  stats: method('Minutes and their cost (minutes × hourly cost) by category and by member over [from, to].', Range, WorkStats),
  searchLinks: method('Calendar items, articles, activities and concerns whose title holds the text, for linking an entry.', z.object({ query: z.string().max(60) }), z.array(LinkCandidate)),
  export: method('The entries of [from, to] as .xlsx or .csv (UTF-8 with a BOM), in the columns the import reads.', Range.extend({ format: z.enum(['xlsx', 'csv']) }), TransferFile),
  previewImport: {
    ...method('Reads a work-log file (日期, 成员, 类别, 时长, 备注, 关联) and shows each row’s outcome and problems, writing nothing.', ImportInput, WorklogImportPreview),
    maxInputBytes: IMPORT_BODY_BYTES,
  },
  commitImport: { ...method('Creates the valid rows of a work-log file in one transaction after a backup; the same file again adds nothing.', ImportInput, WorklogImportResult), maxInputBytes: IMPORT_BODY_BYTES },
});
