import type { TransferFile } from '../../../src-shared/contract/imports';
import type { WorkLog } from '../../../src-shared/contract/worklog';
import { translate } from '../../../src-shared/i18n';
import { writeCsv } from '../../export/csv-writer';
import { writeXlsx, XLSX_MIME, type XlsxColumn } from '../../export/xlsx-file';
import { categoryLabel, linkKindLabel } from './import';

// The work log of a range as a workbook or a CSV (UTF-8 with a BOM), in the columns the import
// reads, so an export imports back as duplicates. Durations are whole minutes (number cells).

const CSV_MIME = 'text/csv';

const zh = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key);

const COLUMNS: Array<[string, number, XlsxColumn['kind']]> = [
  [zh('worklog.fields.date'), 12, 'date'],
  [zh('worklog.fields.member'), 10, 'text'],
  [zh('worklog.fields.category'), 10, 'text'],
  [zh('worklog.export.minutesHeader'), 12, 'number'],
  [zh('worklog.fields.note'), 50, 'multiline'],
  [zh('worklog.fields.link'), 40, 'text'],
];

export async function worklogFile(entries: readonly WorkLog[], memberNames: ReadonlyMap<string, string>, range: { from: string; to: string }, format: 'xlsx' | 'csv'): Promise<TransferFile> {
  const rows = entries.map((e) => [e.date, memberNames.get(e.memberId) ?? '', categoryLabel(e.category), String(e.minutes), e.note, e.link?.title ? `${linkKindLabel(e.link.kind)}：${e.link.title}` : '']);
  const fileName = `${zh('worklog.export.fileName')}_${range.from}_${range.to}.${format}`;
  const header = COLUMNS.map(([name]) => name);
  if (format === 'csv') return { fileName, mimeType: CSV_MIME, base64: writeCsv([header, ...rows]).toString('base64') };
  const bytes = await writeXlsx({ sheetName: zh('worklog.export.sheet'), columns: COLUMNS.map(([name, width, kind]) => ({ header: name, width, kind })), rows });
  return { fileName, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}
