import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowOutcome } from '../../../src-shared/contract/imports';
import { translateIssue } from '../../lib/field-errors';
import type { ImportPreviewRow, PreviewColumn } from './types';

interface Props<Row extends ImportPreviewRow> {
  testId: string;
  rows: Row[];
  columns: ReadonlyArray<PreviewColumn<Row>>;
  /** A field's name in a problem: the caller's label. */
  fieldLabel: (field: string) => string;
}

const OUTCOME_COLOR: Record<RowOutcome, string> = { create: 'green', update: 'blue', duplicate: 'default', invalid: 'red' };

/** The file's rows as they will be imported: an outcome tag each, problems in red with their column, duplicates greyed out. */
export function PreviewTable<Row extends ImportPreviewRow>({ testId, rows, columns, fieldLabel }: Props<Row>) {
  const { t } = useTranslation();
  const table: TableColumnsType<Row> = [
    { key: 'row', title: t('imports.row'), dataIndex: 'row', width: 56 },
    {
      key: 'outcome',
      title: '',
      width: 76,
      render: (_, row) => (
        <Tag color={OUTCOME_COLOR[row.outcome]} data-testid={`${testId}-outcome`}>
          {t(`imports.outcome.${row.outcome}`)}
        </Tag>
      ),
    },
    ...columns.map((column) => ({ key: column.key, title: column.title, ellipsis: true, width: column.width, render: (_: unknown, row: Row) => (column.render ? column.render(row) : row.cells[column.key]) })),
    {
      key: 'problems',
      title: t('imports.problems'),
      width: 240,
      render: (_, row) =>
        row.issues.map((issue) => (
          <Typography.Text key={`${issue.field}-${issue.message}`} type={row.outcome === 'invalid' ? 'danger' : 'secondary'} style={{ display: 'block' }}>
            {t('imports.cellIssue', { field: fieldLabel(issue.field), message: translateIssue(t, issue) })}
          </Typography.Text>
        )),
    },
  ];
  return (
    <Table<Row>
      data-testid={`${testId}-preview`}
      size="small"
      rowKey="row"
      columns={table}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ y: 300 }}
      onRow={(row) =>
        ({
          'data-testid': `${testId}-row-${row.row}`,
          style: row.outcome === 'duplicate' ? { opacity: 0.55 } : row.outcome === 'invalid' ? { background: '#fff1f0' } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
