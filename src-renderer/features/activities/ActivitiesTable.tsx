import { Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../src-shared/contract/activities';
import { formatFen } from '../../../src-shared/domain/money/money';
import type { ListTableProps } from '../../components/ListPage';
import { ActivityStatusTag, formatDateRange, formatMaybeFen, formatRatio, mechanicLabel } from './labels';
import { RoiText } from './page/FiguresCard';
import { activityHref } from './route';

interface Props extends ListTableProps<Activity> {
  accountName: ReadonlyMap<string, string>;
  loading: boolean;
}

const number = (value: number) => value.toLocaleString('zh-CN');

/** The activities with their dates, budget and what they brought; the name opens the activity's page. */
export function ActivitiesTable({ rows, edit, remove, accountName, loading }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<Activity> = [
    {
      title: t('activities.field.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 150,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, row) => (
        <a href={activityHref(row.id)} data-testid="activity-open">
          {name}
        </a>
      ),
    },
    {
      // Mechanic over purpose in one column: at 1366 px every figure column stays in view.
      title: t('activities.list.mechanicAndPurpose'),
      key: 'mechanic',
      width: 100,
      render: (_, row) => (
        <>
          <div className="activity-ellipsis">{row.mechanic ? mechanicLabel(t, row.mechanic) : none}</div>
          <div className="activity-muted">{t(`activities.purpose.${row.purpose}`)}</div>
        </>
      ),
    },
    { title: t('activities.field.status'), dataIndex: 'status', width: 80, render: (status: Activity['status']) => <ActivityStatusTag status={status} /> },
    {
      title: t('activities.field.dates'),
      key: 'dates',
      width: 112,
      sorter: (a, b) => a.startDate.localeCompare(b.startDate),
      defaultSortOrder: 'descend',
      render: (_, row) => <span className="activity-plan-dates">{formatDateRange(row.startDate, row.endDate).replace(' – ', ' –\n')}</span>,
    },
    {
      title: t('activities.field.accounts'),
      dataIndex: 'accountIds',
      width: 120,
      ellipsis: true,
      render: (ids: string[]) => (ids.length ? ids.map((id) => accountName.get(id) ?? t('accounts.accountLabel.deleted')).join('、') : none),
    },
    { title: t('activities.figures.budget'), key: 'budget', width: 108, align: 'right', sorter: (a, b) => a.figures.budgetFen - b.figures.budgetFen, render: (_, row) => formatFen(row.figures.budgetFen) },
    { title: t('activities.field.newFollowers'), dataIndex: 'newFollowers', width: 84, align: 'right', sorter: (a, b) => a.newFollowers - b.newFollowers, render: number },
    {
      title: t('activities.figures.roi'),
      key: 'roi',
      width: 76,
      align: 'right',
      sorter: (a, b) => (a.figures.roi ?? -Infinity) - (b.figures.roi ?? -Infinity),
      render: (_, row) => <RoiText roi={row.figures.roi} testId="activity-roi" />,
    },
    { title: t('activities.figures.costPerFollower'), key: 'cpf', width: 100, align: 'right', render: (_, row) => formatMaybeFen(row.figures.costPerFollowerFen) },
    { title: t('activities.figures.retention'), key: 'retention', width: 84, align: 'right', render: (_, row) => formatRatio(row.figures.retention) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 104,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" data-testid="activity-edit" onClick={() => edit(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('activities.list.deleteConfirm', { name: row.name })}
            description={t('activities.list.deleteHint')}
            onConfirm={() => remove(row)}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
          >
            <Button type="link" size="small" danger data-testid="activity-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Table<Activity>
      data-testid="activities-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 1080 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('activities.list.noMatch')}</Typography.Text> }}
    />
  );
}
