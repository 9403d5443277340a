import type { ItemFilter } from '../../../../src-shared/contract/calendar';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_MB, MAX_IMPORT_ROWS, type ColumnMapping, type ImportPreview, type ImportResult, type TransferFile } from '../../../../src-shared/contract/calendar-transfer';
import { createBackup } from '../../../db/backup';
import { buildIcs } from './ics-file';
import { SheetLimitError } from '../../../export/cell';
import { readSheet, UnreadableFileError } from '../../../export/sheet';
import { writeXlsx } from '../../../export/xlsx-file';
import { exportFileName, ICS_MIME, itemEvents, itemsSheet, XLSX_MIME } from './export';
import { countRows, fileError, readImportRows, resolveMapping, splitHeader, suggestMapping, type ImportTable, type ReadRow } from './import';
import { createCalendarService } from '../calendar-service';
import { holidayLayer } from '../holidays/schedule';
import { insertItem, readItems } from '../item-rows';
import { dayMarkLabel } from '../labels';
import type { ServiceContext } from '../../context';
import { loadWorkspaceNames } from '../../workspace/workspace-names';

interface ImportFileInput {
  fileName: string;
  base64: string;
  mapping?: ColumnMapping;
}

/** The header row and MAX_IMPORT_ROWS data rows; the reader stops past them. */
const IMPORT_LIMITS = { maxRows: MAX_IMPORT_ROWS + 1, maxColumns: MAX_IMPORT_COLUMNS };

async function readTable({ fileName, base64 }: ImportFileInput): Promise<ImportTable & Pick<ImportPreview, 'format' | 'encoding'>> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) throw fileError(`${fileName} is larger than ${MAX_IMPORT_MB} MB`, 'validation.import.fileTooLarge', ['base64'], { maxMb: MAX_IMPORT_MB });
  try {
    const sheet = await readSheet(fileName, bytes, IMPORT_LIMITS);
    return { ...splitHeader(sheet), format: sheet.format, encoding: sheet.encoding };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw fileError(error.message, 'validation.import.unreadable');
    if (error instanceof SheetLimitError) throw limitError(fileName, error);
    throw error;
  }
}

function limitError(fileName: string, error: SheetLimitError) {
  switch (error.reason) {
    case 'tooManyRows':
      return fileError(`${fileName} has more than ${MAX_IMPORT_ROWS} rows`, 'validation.import.tooManyRows', ['base64'], { max: MAX_IMPORT_ROWS });
    case 'tooManyColumns':
      return fileError(`${fileName} has cells past column ${MAX_IMPORT_COLUMNS}`, 'validation.import.tooManyColumns', ['base64'], { max: MAX_IMPORT_COLUMNS });
    case 'unpacksTooLarge':
      return fileError(`${fileName} unpacks to more than ${error.limit} bytes`, 'validation.import.unpacksTooLarge', ['base64'], { maxMb: Math.round(error.limit / 1024 / 1024) });
  }
}

const toPreviewRow = ({ sourceKey: _key, keyDate: _date, ...row }: ReadRow) => row;

export function createCalendarTransferService(ctx: ServiceContext) {
  const calendar = createCalendarService(ctx);
  /** The items, the names they refer to, and the 休/班 of their days (the same layer the calendar shows). */
  const exported = (filter: ItemFilter) => {
    const marks = new Map<string, string>();
    for (const day of holidayLayer(ctx.db, filter.from, filter.to).days)
      if (day.kind === 'holiday' || day.kind === 'workday') marks.set(day.date, dayMarkLabel({ kind: day.kind, name: day.name, estimated: day.estimated }));
    return { items: calendar.listItems(filter), names: loadWorkspaceNames(ctx), marks };
  };

  return {
    async exportXlsx({ filter }: { filter: ItemFilter }): Promise<TransferFile> {
      const { items, names, marks } = exported(filter);
      const workbook = await writeXlsx(itemsSheet(items, names, marks));
      return { fileName: exportFileName(filter, 'xlsx'), mimeType: XLSX_MIME, base64: workbook.toString('base64') };
    },
    exportIcs({ filter }: { filter: ItemFilter }): TransferFile {
      const { items, names, marks } = exported(filter);
      const ics = buildIcs(`内容日历 ${filter.from} 至 ${filter.to}`, itemEvents(items, names, marks));
      return { fileName: exportFileName(filter, 'ics'), mimeType: ICS_MIME, base64: Buffer.from(ics, 'utf8').toString('base64') };
    },
    async previewImport(input: ImportFileInput): Promise<ImportPreview> {
      const table = await readTable(input);
      const suggested = suggestMapping(table.header);
      const mapping = resolveMapping(table.header, input.mapping, suggested);
      const rows = readImportRows(ctx, table, mapping, loadWorkspaceNames(ctx)).map(toPreviewRow);
      return { format: table.format, encoding: table.encoding, header: table.header, suggested, mapping, rows, counts: countRows(rows) };
    },
    async commitImport(input: ImportFileInput & { mapping: ColumnMapping }): Promise<ImportResult> {
      const table = await readTable(input);
      const mapping = resolveMapping(table.header, input.mapping);
      // From here on all is synchronous: nothing else can write between the duplicate check and the inserts.
      const rows = readImportRows(ctx, table, mapping, loadWorkspaceNames(ctx));
      const counts = countRows(rows);
      const creating = rows.filter((row) => row.item && !row.duplicate);
      let ids: string[] = [];
      if (creating.length > 0) {
        createBackup(ctx.sqlite, ctx.dataDir, 'before-import');
        // One transaction: an error on any row rolls every row back.
        ids = ctx.repo.transaction(() => creating.map((row) => insertItem(ctx, { ...row.item!, sourceKey: row.sourceKey! })));
      }
      return { created: creating.length, duplicates: counts.duplicate, invalid: counts.invalid, items: readItems(ctx, ids) };
    },
  };
}
