import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalKpi, AppraisalMember } from '../../../src-shared/contract/team-appraisal';
import { addMonths, localDate } from '../../../src-shared/domain/dates';
import { errorText } from '../../lib/field-errors';
import { appraisalStore, useAppraisal } from './appraisal-store';
import { KpiBar } from './KpiBar';
import './appraisal.css';
import { appraisalRoute, appraisalRouteDef, type AppraisalRoute } from './route';
import { TeamTabs } from './TeamTabs';

interface Row {
  key: string;
  member: AppraisalMember;
  kpi: AppraisalKpi;
  /** The member's first KPI carries the name cell, spanning their rows. */
  span: number;
}

const NOTES = ['articles', 'reads', 'hours', 'activities'] as const;

/** 考核: members × KPIs of a month, actual against target, red when behind the month's pace. */
export function AppraisalPage({ route }: { route: AppraisalRoute }) {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const month = route.month || today.slice(0, 7);
  const data = useAppraisal((s) => s.data);
  const error = useAppraisal((s) => s.error);
  useLayoutEffect(() => void appraisalStore().getState().load(month, today), [month, today]);
  const shown = data?.month === month ? data : null;
  const rows = useMemo(() => (shown?.members ?? []).flatMap((member) => member.kpis.map((kpi, i) => ({ key: kpi.kpiId, member, kpi, span: i === 0 ? member.kpis.length : 0 }))), [shown]);
  const go = (delta: number) => appraisalRouteDef.href(appraisalRoute(addMonths(`${month}-01`, delta).slice(0, 7)));
  const pace = shown?.pace ?? 0;
  const paceText = pace >= 1 ? t('appraisal.paceDone') : pace <= 0 ? t('appraisal.paceAhead') : t('appraisal.pace', { percent: `${Math.round(pace * 100)}%` });

  const columns: TableColumnsType<Row> = [
    { title: t('appraisal.member'), key: 'member', width: 120, onCell: (row) => ({ rowSpan: row.span }), render: (_, row) => <strong>{row.member.name}</strong> },
    { title: t('appraisal.kpi'), key: 'kpi', width: 220, render: (_, row) => <KpiName kpi={row.kpi} /> },
    { title: t('appraisal.progress'), key: 'progress', render: (_, row) => <KpiBar kpi={row.kpi} pace={pace} /> },
  ];

  return (
    <div className="appraisal-page" data-testid="appraisal">
      <Space className="appraisal-page__head" wrap>
        <TeamTabs active="appraisal" />
        <Space size={4}>
          <Button icon={<LeftOutlined />} href={go(-1)} aria-label={t('appraisal.previous')} />
          <Typography.Title level={4} style={{ margin: '0 8px' }} data-testid="appraisal-month">
            {t('appraisal.month', { year: month.slice(0, 4), month: Number(month.slice(5, 7)) })}
          </Typography.Title>
          <Button icon={<RightOutlined />} href={go(1)} aria-label={t('appraisal.next')} />
          {month !== today.slice(0, 7) && <Button href={appraisalRouteDef.href(appraisalRoute())}>{t('appraisal.thisMonth')}</Button>}
        </Space>
        {shown && <Typography.Text type="secondary">{paceText}</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
      {shown && !rows.length ? (
        <Empty description={t('appraisal.empty')} />
      ) : (
        <Table<Row> data-testid="appraisal-table" size="middle" bordered loading={!shown && !error} columns={columns} dataSource={rows} pagination={false} />
      )}
      <div className="appraisal-notes" data-testid="appraisal-notes">
        <div className="appraisal-notes__title">{t('appraisal.notes.title')}</div>
        {NOTES.map((key) => (
          <p key={key}>{t(`appraisal.notes.${key}`)}</p>
        ))}
      </div>
    </div>
  );
}

function KpiName({ kpi }: { kpi: AppraisalKpi }) {
  const { t } = useTranslation();
  return (
    <span className="appraisal-kpi">
      <span>{kpi.name}</span>
      <span className="appraisal-kpi__metric">{t(`appraisal.metric.${kpi.metric}`)}</span>
      {kpi.behind && <span className="appraisal-kpi__behind">{t('appraisal.behind')}</span>}
    </span>
  );
}
