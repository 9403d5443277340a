import { Card, Col, DatePicker, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkStats } from '../../../../src-shared/contract/worklog';
import { formatFen } from '../../../../src-shared/domain/money/money';
import { EChart } from '../../../components/EChart';
import { useDurationText } from '../duration-text';
import { categoryPie, memberBars } from './stats-charts';
import { useWorklogReports, worklogReportsStore } from './store';

type Person = WorkStats['byMember'][number];

/** 统计: time and its cost over a range, by category (ring) and by person (bars and a table with hourly costs). */
export function StatsTab({ from, to, onRange }: { from: string; to: string; onRange(from: string, to: string): void }) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const stats = useWorklogReports((s) => s.stats);
  const range = useWorklogReports((s) => s.range);
  const shown = range?.from === from && range.to === to ? stats : null;

  useEffect(() => void worklogReportsStore().getState().showRange({ from, to }), [from, to]);

  const pie = useMemo(
    () =>
      categoryPie(
        (shown?.byCategory ?? []).map((c) => ({ name: t(`worklog.categories.${c.category}`), minutes: c.minutes })),
        (hours) => t('worklog.timesheet.hours', { hours }),
      ),
    [shown, t],
  );
  const bars = useMemo(() => memberBars(shown?.byMember ?? [], t('worklog.timesheet.hours', { hours: '' }).trim()), [shown, t]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('worklog.stats.range')}</Typography.Text>
        <DatePicker.RangePicker
          data-testid="worklog-stats-range"
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(value) => value?.[0] && value[1] && onRange(value[0].format('YYYY-MM-DD'), value[1].format('YYYY-MM-DD'))}
        />
      </Space>
      <Row gutter={16}>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t('worklog.stats.total')} value={shown ? durationText(shown.totalMinutes) : '–'} valueStyle={{ fontSize: 22 }} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic data-testid="worklog-stats-cost" title={t('worklog.stats.cost')} value={shown ? formatFen(shown.costFen) : '–'} valueStyle={{ fontSize: 22 }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('worklog.stats.costHint')}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      {shown && shown.totalMinutes === 0 ? (
        <Empty description={t('worklog.stats.empty')} />
      ) : (
        <Row gutter={16}>
          <Col span={12}>
            <Card size="small" title={t('worklog.stats.byCategory')}>
              <EChart option={pie} height={280} testId="worklog-chart-category" />
            </Card>
          </Col>
          <Col span={12}>
            <Card size="small" title={t('worklog.stats.byMember')}>
              <EChart option={bars} height={280} testId="worklog-chart-member" />
            </Card>
          </Col>
        </Row>
      )}
      <Table<Person>
        data-testid="worklog-stats-members"
        size="small"
        rowKey="memberId"
        dataSource={shown?.byMember ?? []}
        pagination={false}
        columns={[
          { key: 'name', title: t('worklog.fields.member'), dataIndex: 'name' },
          { key: 'minutes', title: t('worklog.stats.minutes'), align: 'right', render: (_, p) => durationText(p.minutes) },
          {
            key: 'hourly',
            title: t('worklog.stats.hourlyCost'),
            align: 'right',
            render: (_, p) => (p.hourlyCostFen ? formatFen(p.hourlyCostFen) : <Typography.Text type="secondary">{t('worklog.stats.noCost')}</Typography.Text>),
          },
          { key: 'cost', title: t('worklog.stats.cost'), align: 'right', render: (_, p) => formatFen(p.costFen) },
        ]}
      />
    </Space>
  );
}
