import type { ItemFilter } from '../../../../src-shared/contract/calendar';
import type { ColumnMapping, ImportedItem, ImportField, ImportPreview, ImportResult, PreviewRow, TransferFile } from '../../../../src-shared/contract/calendar-transfer';
import { buildIcs } from './ics-file';
import { writeXlsx } from '../../../export/xlsx-file';
import { exportFileName, ICS_MIME, itemEvents, itemsSheet } from './export';
import { XLSX_MIME } from '../../../export/xlsx-file';
import { calendarImport } from './import';
import { createCalendarService } from '../calendar-service';
import { holidayLayer } from '../holidays/schedule';
import { readItems } from '../item-rows';
import { commitImport, readImport, rejectedOf, type AnalysedImport } from '../../imports/pipeline';
import { dayMarkLabel } from '../labels';
import type { ServiceContext } from '../../context';
import { loadWorkspaceNames } from '../../workspace/workspace-names';

interface ImportFileInput {
  fileName: string;
  base64: string;
  mapping?: ColumnMapping;
}

type CalendarAnalysed = AnalysedImport<ImportField, ImportedItem, unknown>;

const toPreviewRow = ({ row, cells, record, issues, outcome }: CalendarAnalysed['rows'][number]): PreviewRow => ({
  row,
  cells,
  item: record,
  issues: issues as PreviewRow['issues'],
  duplicate: outcome === 'duplicate',
  outcome,
});

/** The calendar's counts: `valid` are the rows a commit creates. */
const countsOf = ({ counts }: CalendarAnalysed) => ({ valid: counts.create, invalid: counts.invalid, duplicate: counts.duplicate });

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
      const read = await readImport(ctx, calendarImport, input);
      const { format, encoding, header, suggested, mapping, savedMapping, unmapped } = read;
      return { format, encoding, header, suggested, mapping, savedMapping, unmapped, rows: read.rows.map(toPreviewRow), counts: countsOf(read), rejected: rejectedOf(calendarImport, read) };
    },
    async commitImport(input: ImportFileInput & { mapping: ColumnMapping }): Promise<ImportResult> {
      const { analysed, written, rejected } = await commitImport(ctx, calendarImport, input);
      const counts = countsOf(analysed);
      return { created: written.length, duplicates: counts.duplicate, invalid: counts.invalid, items: readItems(ctx, analysed.lookups.created), rejected };
    },
  };
}
