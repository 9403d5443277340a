import { z } from 'zod';
import { defineDomain, method } from './define';
import { Id, IdInput, Ok, requiredText } from './common';

// The one import pipeline's shapes (src-main/services/imports/): the calendar, benchmarks and the
// work log read files the same way, map columns the same way, preview rows the same way and report
// problems with the same `validation.import.*` keys. A target only says which fields it has, how a
// row becomes its records, and which rows are already there. Files travel as base64 inside the
// ordinary call, so IPC, HTTP and the CLI carry them with no transport code.

/** The targets that import files; each saves its own mappings. */
export const ImportTarget = z.enum(['calendar', 'benchmarks', 'worklog']);
export type ImportTarget = z.infer<typeof ImportTarget>;

/** Columns read from an import file; a cell further right refuses the file rather than being dropped. */
export const MAX_IMPORT_COLUMNS = 256;

/** A file of at most `maxBytes`, as base64. */
export function importFileSchema(maxBytes: number) {
  const maxMb = maxBytes / 1024 / 1024;
  return z.object({
    fileName: z.string().min(1).max(255),
    base64: z.string().refine((v) => v.length <= Math.ceil(maxBytes / 3) * 4, { message: 'validation.import.fileTooLarge', params: { maxMb } }),
  });
}

const ColumnIndex = z.number().int().min(0).max(999).nullable();
/** Field → the 0-based column of the file it is read from; null or left out = not imported. */
export const AnyColumnMapping = z.record(z.string(), ColumnIndex);
export type AnyColumnMapping = z.infer<typeof AnyColumnMapping>;

/** A problem of one cell: a `validation.*` message key and its params. */
export const ImportIssue = z.object({
  field: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

/** What happens to a row: created, updates what is there (new figures for a known article), already there, or refused. */
export const RowOutcome = z.enum(['create', 'update', 'duplicate', 'invalid']);
export type RowOutcome = z.infer<typeof RowOutcome>;

export const ImportCounts = z.object({ valid: z.number(), invalid: z.number(), duplicate: z.number(), update: z.number().optional() });
export type ImportCounts = z.infer<typeof ImportCounts>;

/** A saved mapping: files whose header matches get it without asking. */
export const SavedMapping = z.object({ id: Id, target: ImportTarget, name: z.string(), headerKey: z.string(), mapping: AnyColumnMapping, updatedAt: z.string() });
export type SavedMapping = z.infer<typeof SavedMapping>;

export const TransferFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type TransferFile = z.infer<typeof TransferFile>;

/** The rows a commit refused, as a file with the original columns plus 问题 that imports once fixed; null when none. */
export const RejectedFile = TransferFile.nullable();

export const importsContract = defineDomain('imports', {
  listMappings: method('Lists the column mappings saved for a target, newest first.', z.object({ target: ImportTarget }), z.array(SavedMapping)),
  saveMapping: method(
    'Saves a column mapping for files with this header (the same header again replaces it).',
    z.object({ target: ImportTarget, name: requiredText(40), header: z.array(z.string().max(500)).max(MAX_IMPORT_COLUMNS), mapping: AnyColumnMapping }),
    SavedMapping,
  ),
  deleteMapping: method('Deletes a saved column mapping.', IdInput, Ok),
});
