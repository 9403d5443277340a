import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_PHASES, type ImplementationRow } from '../../../../src-shared/contract/activities';
import { formatFen } from '../../../../src-shared/domain/money/money';
import { navigate } from '../../../lib/router';
import { formatDateRange, mechanicLabel } from '../labels';
import { activityHref, planHref, type ActivitiesRoute } from '../route';
import { planStore, usePlan } from '../store';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * 实施表: the activities with a phase in a month, as the plan's table lists them: goal, plan,
 * reach channels, the dates of 预热 / 正式 / 收尾 and the budget. The month is in the address.
 */
export function PlanTab({ route }: { route: ActivitiesRoute }) {
  const { t } = useTranslation();
  const month = MONTH.test(route.query.month ?? '') ? route.query.month! : dayjs().format('YYYY-MM');
  const rows = usePlan((s) => (s.month === month ? s.rows : []));
  const loading = usePlan((s) => s.loading);
  useEffect(() => {
    void planStore().getState().open(month);
  }, [month]);
  const shift = (months: number) => navigate(planHref(dayjs(`${month}-01`).add(months, 'month').format('YYYY-MM')));
  const total = rows.reduce((sum, r) => sum + r.budgetFen, 0);

  const phaseColumns: TableColumnsType<ImplementationRow> = ACTIVITY_PHASES.map((phase) => ({
    title: t(`activities.phase.${phase}`),
    key: phase,
    width: 100,
    render: (_, row) => {
      const p = row.phases.find((x) => x.phase === phase);
      return p ? <span className="activity-plan-dates">{formatDateRange(p.startDate, p.endDate).replace(' – ', '\n')}</span> : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
    },
  }));
  const columns: TableColumnsType<ImplementationRow> = [
    {
      title: t('activities.field.name'),
      key: 'name',
      width: 150,
      fixed: 'left',
      render: (_, row) => (
        <>
          <a href={activityHref(row.activityId)}>{row.name}</a>
          <div className="activity-muted">
            {t(`activities.purpose.${row.purpose}`)}
            {row.mechanic && ` · ${mechanicLabel(t, row.mechanic)}`}
          </div>
        </>
      ),
    },
    { title: t('activities.field.goal'), dataIndex: 'goal', width: 180, render: (text: string) => <div className="activity-plan-text">{text || t('common.none')}</div> },
    { title: t('activities.field.plan'), dataIndex: 'plan', render: (text: string) => <div className="activity-plan-text">{text || t('common.none')}</div> },
    {
      title: t('activities.field.reachChannels'),
      dataIndex: 'reachChannels',
      width: 130,
      render: (channels: string[]) => (channels.length ? channels.map((c) => <Tag key={c}>{c}</Tag>) : t('common.none')),
    },
    ...phaseColumns,
    { title: t('activities.figures.budget'), dataIndex: 'budgetFen', width: 110, align: 'right', render: (fen: number) => formatFen(fen) },
  ];

  return (
    <div data-testid="activities-plan">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('activities.plan.title', { month: dayjs(`${month}-01`).format(t('activities.plan.monthFormat')) })}
        </Typography.Title>
        <Space>
          <Button icon={<LeftOutlined />} aria-label={t('activities.plan.previous')} onClick={() => shift(-1)} />
          <DatePicker picker="month" allowClear={false} data-testid="activities-plan-month" value={dayjs(`${month}-01`)} onChange={(d) => d && navigate(planHref(d.format('YYYY-MM')))} />
          <Button icon={<RightOutlined />} aria-label={t('activities.plan.next')} onClick={() => shift(1)} />
        </Space>
      </Space>
      <Table<ImplementationRow>
        data-testid="activities-plan-table"
        rowKey="activityId"
        size="middle"
        bordered
        loading={loading}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1080 }}
        pagination={false}
        locale={{ emptyText: t('activities.plan.empty') }}
        summary={() =>
          rows.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={7}>
                <Typography.Text strong>{t('activities.plan.total', { n: rows.length })}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <Typography.Text strong data-testid="activities-plan-total">
                  {formatFen(total)}
                </Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </div>
  );
}
