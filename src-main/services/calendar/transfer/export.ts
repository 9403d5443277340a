import type { CalendarItem, ItemFilter } from '../../../../src-shared/contract/calendar';
import type { IcsEvent } from './ics-file';
import type { XlsxSpec } from '../../../export/xlsx-file';
import { accountLabels, slotLabel, STATUS_LABELS } from './labels';
import type { WorkspaceNames } from '../../workspace/workspace-names';

// Calendar items as the rows of a workbook and the events of an iCalendar file. The workbook's
// headers are ones the import recognises, so an export reads back (as all duplicates).

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ICS_MIME = 'text/calendar';

/** 内容日历_2026-10-01_2026-10-31.xlsx */
export function exportFileName(filter: ItemFilter, extension: 'xlsx' | 'ics'): string {
  return `内容日历_${filter.from}_${filter.to}.${extension}`;
}

function namesById(names: WorkspaceNames) {
  const byId = <T extends { id: string; name: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r.name]));
  return { accounts: accountLabels(names.accounts), columns: byId(names.columns), members: byId(names.members) };
}

const COLUMNS: XlsxSpec['columns'] = [
  { header: '日期', width: 12, kind: 'date' },
  { header: '时间', width: 8 },
  { header: '账号', width: 24 },
  { header: '位置 (头条/次条/第N条)', width: 12 },
  { header: '栏目', width: 14 },
  { header: '标题', width: 44 },
  { header: '负责人', width: 10 },
  { header: '状态', width: 9 },
  { header: '截稿日期', width: 12, kind: 'date' },
  { header: '标签', width: 20 },
  { header: '选题说明', width: 50, kind: 'multiline' },
];

export function itemsSheet(items: readonly CalendarItem[], names: WorkspaceNames): XlsxSpec {
  const n = namesById(names);
  const rows = items.map((item) => [
    item.date,
    item.time,
    n.accounts.get(item.accountId) ?? '',
    slotLabel(item.slot),
    (item.columnId && n.columns.get(item.columnId)) || '',
    item.title,
    (item.ownerId && n.members.get(item.ownerId)) || '',
    STATUS_LABELS[item.status],
    item.dueDate,
    item.tags.join('、'),
    item.notes,
  ]);
  return { sheetName: '内容日历', columns: COLUMNS, rows };
}

/** One event per item: SUMMARY 【账号】头条｜标题, DESCRIPTION with status, owner, column, due date, tags and notes. */
export function itemEvents(items: readonly CalendarItem[], names: WorkspaceNames): IcsEvent[] {
  const n = namesById(names);
  return items.map((item) => {
    const details: Array<[string, string]> = [
      ['状态', STATUS_LABELS[item.status]],
      ['负责人', (item.ownerId && n.members.get(item.ownerId)) || ''],
      ['栏目', (item.columnId && n.columns.get(item.columnId)) || ''],
      ['截稿日期', item.dueDate],
      ['标签', item.tags.join('、')],
    ];
    const lines = details.filter(([, value]) => value).map(([label, value]) => `${label}：${value}`);
    return {
      uid: `${item.id}@opsbench`,
      date: item.date,
      time: item.time,
      summary: `【${n.accounts.get(item.accountId) ?? ''}】${slotLabel(item.slot)}｜${item.title}`,
      description: [...lines, ...(item.notes ? ['', item.notes] : [])].join('\n'),
      stamp: item.updatedAt,
      cancelled: item.status === 'cancelled',
    };
  });
}
