import { z } from 'zod';
import { defineDomain, method } from './define';
import { CalendarItem, ItemFilter } from './calendar';
import { importFileSchema, MAX_IMPORT_COLUMNS, RejectedFile, RowOutcome, TransferFile } from './imports';

export { MAX_IMPORT_COLUMNS, TransferFile };

// Import and export of the content calendar: Excel (.xlsx) and CSV in, Excel and iCalendar out.
// Files travel as base64 inside the ordinary JSON call, so every transport carries them as is.

/**
 * The largest file accepted. Its base64 (4/3 of it) plus the JSON around it stays under browser
 * mode's 5 MB request limit; 5,000 rows of CSV are well under 2 MB.
 */
export const MAX_IMPORT_BYTES = 3 * 1024 * 1024;
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024;
export const MAX_IMPORT_ROWS = 5000;

/** The calendar fields a file's columns can be mapped to, in the order the UI lists them. */
export const ImportField = z.enum(['account', 'date', 'time', 'slot', 'column', 'title', 'notes', 'owner', 'dueDate', 'status', 'tags']);
export type ImportField = z.infer<typeof ImportField>;

const ColumnIndex = z.number().int().min(0).max(999).nullable();
/** Field → the 0-based column of the file it is read from; null or left out = not imported. */
export const ColumnMapping = z.partialRecord(ImportField, ColumnIndex);
export type ColumnMapping = z.infer<typeof ColumnMapping>;
/** A mapping naming every field. */
export const FullMapping = z.record(ImportField, ColumnIndex);
export type FullMapping = z.infer<typeof FullMapping>;

/** The message keys (under `validation.`) an import can report, for the translation check. */
export const IMPORT_MESSAGES = [
  'import.fileTooLarge',
  'import.tooManyRows',
  'import.tooManyColumns',
  'import.unpacksTooLarge',
  'import.unreadable',
  'import.empty',
  'import.noSuchColumn',
  'import.unmapped',
  'import.badDate',
  'import.badTime',
  'import.badSlot',
  'import.unknownAccount',
  'import.ambiguousAccount',
  'import.unknownColumn',
  'import.unknownOwner',
  'import.ambiguousOwner',
  'import.unknownStatus',
] as const;
export type ImportMessage = `validation.${(typeof IMPORT_MESSAGES)[number]}`;

export const ImportFile = importFileSchema(MAX_IMPORT_BYTES);

/** A problem of one cell: a `validation.*` message key and its params. */
export const ImportIssue = z.object({
  field: ImportField,
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

/** A row as it would be created: an item without its id, times and source key. */
export const ImportedItem = CalendarItem.omit({ id: true, createdAt: true, updatedAt: true, sourceKey: true });
export type ImportedItem = z.infer<typeof ImportedItem>;

export const PreviewRow = z.object({
  /** The row number the user sees in Excel (the header is row 1 of a plain file). */
  row: z.number(),
  /** The mapped cells as text, trimmed. */
  cells: z.partialRecord(ImportField, z.string()),
  /** The parsed row; null when it has issues. */
  item: ImportedItem.nullable(),
  issues: z.array(ImportIssue),
  /** An item with the same account, date, slot and title exists (or came earlier in the file): skipped. */
  duplicate: z.boolean(),
  /** What the commit does with the row (the calendar never updates from a file: create, duplicate or invalid). */
  outcome: RowOutcome,
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportCounts = z.object({ valid: z.number(), invalid: z.number(), duplicate: z.number() });

export const ImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'gb18030', 'utf-16le', 'utf-16be']),
  header: z.array(z.string()),
  /** The mapping guessed from the header names (Chinese or English). */
  suggested: FullMapping,
  /** The mapping the rows were read with: the one given, else the suggestion. */
  mapping: FullMapping,
  rows: z.array(PreviewRow),
  counts: ImportCounts,
  /** The saved mapping applied because the file's header matches it (imports.saveMapping). */
  savedMapping: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Fields a file must map (account, title) that no column is mapped to; a commit refuses while any is left. */
  unmapped: z.array(ImportField),
  /** The rows a commit would not import, as a file with the original columns plus 问题; null when none. */
  rejected: RejectedFile,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  created: z.number(),
  duplicates: z.number(),
  invalid: z.number(),
  /** The items created (for the calendar's history: an import is one step that can be undone). */
  items: z.array(CalendarItem),
  /** The rows not imported, as a file with the original columns plus 问题 that imports once fixed; null when none. */
  rejected: RejectedFile,
});
export type ImportResult = z.infer<typeof ImportResult>;

const ExportInput = z.object({ filter: ItemFilter });

export const calendarTransferContract = defineDomain('calendarTransfer', {
  exportXlsx: method('Exports the dated items matching a calendar filter as an Excel workbook (one row per item, Chinese headers).', ExportInput, TransferFile),
  exportIcs: method('Exports the dated items matching a calendar filter as an iCalendar (.ics) file, one event per item.', ExportInput, TransferFile),
  previewImport: method('Reads a .csv (UTF-8 or GBK) or .xlsx file and shows each row parsed, with its problems and duplicates, without writing.', ImportFile.extend({ mapping: ColumnMapping.optional() }), ImportPreview),
  commitImport: method('Creates the valid, non-duplicate rows of a file in one transaction (after a backup); re-importing a file creates nothing new.', ImportFile.extend({ mapping: ColumnMapping }), ImportResult),
});
