import { Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../src-shared/contract/plans';
import type { ListTableProps } from '../../components/ListPage';
import { formatDateTime } from '../../lib/format';
import { periodLabel, periodOf, planName } from './labels';
import { planHref } from './route';

/** The plans, newest period first: title (opens the composer), period, template, when last exported and how often. */
export function PlansTable({ rows, remove, loading }: ListTableProps<PlanSummary> & { loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PlanSummary> = [
    {
      title: t('plans.list.column.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (_, row) => (
        <a href={planHref(row.id)} data-testid="plan-open" title={planName(t, row)}>
          {planName(t, row)}
        </a>
      ),
    },
    {
      title: t('plans.list.column.period'),
      key: 'period',
      width: 200,
      sorter: (a, b) => a.periodStart.localeCompare(b.periodStart),
      render: (_, row) => periodLabel(t, periodOf(row)),
    },
    { title: t('plans.list.column.template'), dataIndex: 'template', width: 96, render: (template: PlanSummary['template']) => <Tag>{t(`plans.template.${template}`)}</Tag> },
    {
      title: t('plans.list.column.lastExport'),
      dataIndex: 'lastExportedAt',
      width: 180,
      render: (at: string | null) => (at ? formatDateTime(at) : <span className="plans-muted">{t('plans.list.never')}</span>),
    },
    { title: t('plans.list.column.exports'), dataIndex: 'exports', width: 96, align: 'right', render: (count: number) => <span data-testid="plan-exports-count">{count}</span> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 88,
      render: (_, row) => (
        <Popconfirm title={t('plans.list.deleteConfirm', { title: planName(t, row) })} description={t('plans.list.deleteHint')} onConfirm={() => remove(row)} okText={t('common.delete')} cancelText={t('common.cancel')}>
          <Button type="link" size="small" danger data-testid="plan-delete">
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return <Table<PlanSummary> rowKey="id" data-testid="plans-table" columns={columns} dataSource={rows} loading={loading} pagination={false} size="middle" />;
}
