import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField, PreviewRow } from '../../../../src-shared/contract/calendar-transfer';
import { translateIssue } from '../../../lib/field-errors';

interface Props {
  rows: PreviewRow[];
}

/** The fields shown, with their widths (the title takes what is left). */
const SHOWN: Array<[ImportField, number | undefined]> = [
  ['date', 96],
  ['time', 56],
  ['account', 150],
  ['slot', 60],
  ['title', undefined],
  ['status', 70],
  ['owner', 70],
];

/** The file's rows as they will be imported: problems in red, duplicates greyed out. */
export function PreviewTable({ rows }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PreviewRow> = [
    { key: 'row', title: t('calendarTransfer.row'), dataIndex: 'row', width: 56 },
    ...SHOWN.map(([field, width]) => ({
      key: field,
      title: t(`calendarTransfer.fields.${field}`),
      ellipsis: true,
      width,
      // A parsed date or time shows as the calendar will have it (2026/10/1 → 2026-10-01, an Excel
      // time cell → 20:00; no date → the pool); other cells as the file has them.
      render: (_: unknown, row: PreviewRow) => {
        if (field === 'date' && row.item) return row.item.date || t('calendarTransfer.pool');
        if (field === 'time' && row.item) return row.item.time;
        return row.cells[field];
      },
    })),
    {
      key: 'problems',
      title: t('calendarTransfer.problems'),
      width: 220,
      render: (_, row) => (
        <>
          {row.duplicate && <Tag>{t('calendarTransfer.duplicate')}</Tag>}
          {row.issues.map((issue) => (
            <Typography.Text key={`${issue.field}-${issue.message}`} type={row.duplicate ? 'secondary' : 'danger'} style={{ display: 'block' }}>
              {t('calendarTransfer.issue', { field: t(`calendarTransfer.fields.${issue.field}`), message: translateIssue(t, issue) })}
            </Typography.Text>
          ))}
        </>
      ),
    },
  ];
  return (
    <Table<PreviewRow>
      data-testid="calendar-import-preview"
      size="small"
      rowKey="row"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ y: 320 }}
      onRow={(row) =>
        ({
          'data-testid': `calendar-import-row-${row.row}`,
          style: row.duplicate ? { opacity: 0.55 } : row.issues.length ? { background: '#fff1f0' } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
