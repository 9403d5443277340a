import type { CalendarItem, ItemFilter } from '../../../../src-shared/contract/calendar';
import type { IcsEvent } from './ics-file';
import type { XlsxSpec } from '../../../export/xlsx-file';
import { accountLabels, dayMarkHeader, fieldLabel, slotLabel, statusLabel } from '../labels';
import type { WorkspaceNames } from '../../workspace/workspace-names';

// Calendar items as the rows of a workbook and the events of an iCalendar file. The workbook's
// headers are ones the import recognises, so an export reads back (as all duplicates).

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
  { header: fieldLabel('date'), width: 12, kind: 'date' },
  { header: fieldLabel('time'), width: 8 },
  { header: fieldLabel('account'), width: 24 },
  { header: `${fieldLabel('slot')} (${slotLabel(1)}/${slotLabel(2)}/${slotLabel('N')})`, width: 12 },
  { header: fieldLabel('column'), width: 14 },
  { header: fieldLabel('title'), width: 44 },
  { header: fieldLabel('owner'), width: 10 },
  { header: fieldLabel('status'), width: 9 },
  { header: fieldLabel('dueDate'), width: 12, kind: 'date' },
  { header: fieldLabel('tags'), width: 20 },
  { header: fieldLabel('notes'), width: 50, kind: 'multiline' },
  { header: dayMarkHeader(), width: 16 },
];

/** Date → its 休/班 mark (dayMarkLabel), for the days of the export's range that have one. */
export type DayMarks = ReadonlyMap<string, string>;

export function itemsSheet(items: readonly CalendarItem[], names: WorkspaceNames, marks: DayMarks): XlsxSpec {
  const n = namesById(names);
  const rows = items.map((item) => [
    item.date,
    item.time,
    n.accounts.get(item.accountId) ?? '',
    slotLabel(item.slot),
    (item.columnId && n.columns.get(item.columnId)) || '',
    item.title,
    (item.ownerId && n.members.get(item.ownerId)) || '',
    statusLabel(item.status),
    item.dueDate,
    item.tags.join('、'),
    item.notes,
    marks.get(item.date) ?? '',
  ]);
  return { sheetName: '内容日历', columns: COLUMNS, rows };
}

/** One event per item: SUMMARY 【账号】头条｜标题 (【账号】标题 without a slot), DESCRIPTION with status, owner, column, due date, tags, 休/班 and notes. */
export function itemEvents(items: readonly CalendarItem[], names: WorkspaceNames, marks: DayMarks): IcsEvent[] {
  const n = namesById(names);
  return items.map((item) => {
    const details: Array<[string, string]> = [
      [fieldLabel('status'), statusLabel(item.status)],
      [fieldLabel('owner'), (item.ownerId && n.members.get(item.ownerId)) || ''],
      [fieldLabel('column'), (item.columnId && n.columns.get(item.columnId)) || ''],
      [fieldLabel('dueDate'), item.dueDate],
      [fieldLabel('tags'), item.tags.join('、')],
      [dayMarkHeader(), marks.get(item.date) ?? ''],
    ];
    const lines = details.filter(([, value]) => value).map(([label, value]) => `${label}：${value}`);
    return {
      uid: `${item.id}@opsbench`,
      date: item.date,
      time: item.time,
      summary: `【${n.accounts.get(item.accountId) ?? ''}】${[slotLabel(item.slot), item.title].filter(Boolean).join('｜')}`,
      description: [...lines, ...(item.notes ? ['', item.notes] : [])].join('\n'),
      stamp: item.updatedAt,
      cancelled: item.status === 'cancelled',
    };
  });
}
