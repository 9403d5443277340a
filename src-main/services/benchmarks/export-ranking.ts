import type { Ranking, RankRow } from '../../../src-shared/contract/benchmarks';
import type { TransferFile } from '../../../src-shared/contract/imports';
import { formatCount, TEN_WAN_PLUS } from '../../../src-shared/domain/benchmarks/numbers';
import { translate, type MessageKey } from '../../../src-shared/i18n';
import { writeCsv } from '../../export/csv-writer';
import { writeXlsx, XLSX_MIME, type XlsxColumn } from '../../export/xlsx-file';

// The ranking of a period as a workbook or a CSV (UTF-8 with a BOM) under Chinese headers, as
// operators paste it into reports. Counts are whole numbers; the stored "10万+" (100,001) is
// written as 10万+ again; WCI and its terms with two decimals.

export const CSV_MIME = 'text/csv';

const COLUMNS = [
  ['rank', 6],
  ['account', 24],
  ['kind', 10],
  ['followers', 10],
  ['articles', 8],
  ['reads', 12],
  ['readsHeadline', 12],
  ['readsMax', 12],
  ['zaikan', 10],
  ['likes', 10],
  ['shares', 10],
  ['wci', 10],
  ['overall', 8],
  ['perArticle', 8],
  ['headline', 8],
  ['peak', 8],
] as const;

const zh = (key: MessageKey, params?: Record<string, string>) => translate('zh-CN', key, params);

/** 对标排名_2026-11 for a month, 对标排名_2026-11-01周 for a week (named by its Sunday). */
export function rankingFileBase(ranking: Pick<Ranking, 'period'>): string {
  const { kind, start } = ranking.period;
  return kind === 'month' ? zh('benchmarks.export.fileMonth', { month: start.slice(0, 7) }) : zh('benchmarks.export.fileWeek', { start });
}

const count = (value: number | null) => (value === null ? '' : value === TEN_WAN_PLUS ? formatCount(value) : String(value));
const decimal = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));

function record(row: RankRow): string[] {
  const f = row.figures;
  return [
    row.rank === null ? '' : String(row.rank),
    row.account.name,
    zh(row.account.kind === 'own' ? 'benchmarks.export.own' : 'benchmarks.export.peer'),
    count(f.followers),
    count(f.articles),
    count(f.reads),
    count(f.readsHeadline),
    count(f.readsMax),
    count(f.zaikan),
    count(f.likes),
    count(f.shares),
    decimal(row.wci?.wci),
    decimal(row.wci?.overall),
    decimal(row.wci?.perArticle),
    decimal(row.wci?.headline),
    decimal(row.wci?.peak),
  ];
}

export async function rankingFile(ranking: Ranking, format: 'xlsx' | 'csv'): Promise<TransferFile> {
  const header = COLUMNS.map(([key]) => zh(`benchmarks.export.headers.${key}`));
  const rows = ranking.rows.map(record);
  const fileName = `${rankingFileBase(ranking)}.${format}`;
  if (format === 'csv') return { fileName, mimeType: CSV_MIME, base64: writeCsv([header, ...rows]).toString('base64') };
  const columns: XlsxColumn[] = COLUMNS.map(([key, width], i) => ({ header: header[i]!, width, kind: key === 'account' || key === 'kind' ? 'text' : 'number' }));
  const bytes = await writeXlsx({ sheetName: zh('benchmarks.export.sheet'), columns, rows });
  return { fileName, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}
