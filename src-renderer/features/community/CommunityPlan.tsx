import { CalendarOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySpan } from '../../../src-shared/contract/activities';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import type { CommunityGroup } from '../../../src-shared/contract/community';
import { addDays, addMonths, eachDay, localDate, monthEnd, monthStart, weekdayOf } from '../../../src-shared/domain/dates';
import { errorText } from '../../lib/field-errors';
import { navigate } from '../../lib/router';
import { calendarRoute, calendarRouteDef } from '../calendar/route';
import { communityHref, type CommunityRoute, type PlanView } from './route';
import { communityStore, useCommunity } from './store';

/** The period a plan view shows around `date`: its month, or its week from Monday. */
export function planPeriod(view: PlanView, date: string): { from: string; to: string } {
  if (view === 'month') return { from: monthStart(date), to: monthEnd(date) };
  const from = addDays(date, -((weekdayOf(date) + 6) % 7));
  return { from, to: addDays(from, 6) };
}

interface Day {
  date: string;
  items: CalendarItem[];
  spans: ActivitySpan[];
}

interface Props {
  route: CommunityRoute;
  group: CommunityGroup;
  groups: CommunityGroup[];
  /** Every group's plan (全部社群) rather than the selected one's. */
  allGroups: boolean;
  onAllGroups: (all: boolean) => void;
}

/** 计划: per day, what the group's calendar posts and which activity phases run on it; a week lists every day, a month the days with something. */
export function CommunityPlan({ route, group, groups, allGroups, onAllGroups }: Props) {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const anchor = route.date || today;
  const { from, to } = planPeriod(route.view, anchor);
  const groupIds = useMemo(() => (allGroups ? groups.map((g) => g.id) : [group.id]), [allGroups, groups, group.id]);
  const key = groupIds.join(',');
  const plan = useCommunity((s) => s.plan);
  const current = plan && plan.from === from && plan.to === to && plan.groupIds.join(',') === key ? plan : null;

  useEffect(() => {
    void communityStore().getState().loadPlan(from, to, key.split(','));
  }, [from, to, key]);

  const days: Day[] = eachDay(from, to).map((date) => ({
    date,
    items: (current?.items ?? []).filter((item) => item.date === date),
    spans: (current?.spans ?? []).filter((span) => span.startDate <= date && date <= span.endDate),
  }));
  const shown = route.view === 'week' ? days : days.filter((d) => d.items.length > 0 || d.spans.length > 0);
  const go = (patch: Partial<CommunityRoute>) => navigate(communityHref({ ...route, ...patch }));
  const step = (by: -1 | 1) => go({ date: route.view === 'week' ? addDays(from, 7 * by) : addMonths(from, by) });
  const nameOf = (accountId: string) => groups.find((g) => g.id === accountId)?.name ?? '';

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="community-plan">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Segmented<PlanView>
            data-testid="plan-view"
            value={route.view}
            onChange={(view) => go({ view })}
            options={[
              { value: 'month', label: t('community.plan.month') },
              { value: 'week', label: t('community.plan.week') },
            ]}
          />
          <Button icon={<LeftOutlined />} aria-label={t('community.plan.previous')} onClick={() => step(-1)} />
          <Button onClick={() => go({ date: '' })}>{t('community.plan.today')}</Button>
          <Button icon={<RightOutlined />} aria-label={t('community.plan.next')} onClick={() => step(1)} />
          <Typography.Text strong data-testid="plan-period">
            {route.view === 'month' ? from.slice(0, 7) : `${from} — ${to}`}
          </Typography.Text>
        </Space>
        <Space>
          <Checkbox data-testid="plan-all-groups" checked={allGroups} onChange={(e) => onAllGroups(e.target.checked)}>
            {t('community.plan.allGroups')}
          </Checkbox>
          <Button icon={<CalendarOutlined />} data-testid="plan-open-calendar" onClick={() => navigate(calendarRouteDef.href(calendarRoute({ view: route.view, date: from, accounts: groupIds })))}>
            {t('community.plan.openCalendar')}
          </Button>
        </Space>
      </Space>
      {current?.spansError && <Alert type="warning" showIcon message={`${t('community.plan.spansFailed')}${errorText(t, current.spansError)}`} />}
      {current && shown.length === 0 ? (
        <Empty data-testid="plan-empty" description={t('community.plan.empty')} />
      ) : (
        <div data-testid="plan-days">
          {shown.map((day) => (
            <div key={day.date} data-testid="plan-day" data-date={day.date} style={{ display: 'grid', gridTemplateColumns: '96px 1fr', gap: 12, padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong={day.date === today} type={day.date === today ? undefined : 'secondary'}>
                {day.date.slice(5)} {t(`calendar.weekday.${weekdayOf(day.date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}
              </Typography.Text>
              <Space orientation="vertical" size={4}>
                {day.spans.map((span) => (
                  <span key={`${span.activityId}:${span.phase}`} data-testid="plan-activity">
                    <Tag color="purple">{t('community.plan.activity')}</Tag>
                    {span.name} · {t(`community.plan.phase.${span.phase}`)}
                  </span>
                ))}
                {day.items.map((item) => (
                  <span key={item.id} data-testid="plan-item">
                    {item.time && <Typography.Text type="secondary">{item.time} </Typography.Text>}
                    {item.title}
                    <Tag style={{ marginLeft: 8 }}>{t(`calendar.status.${item.status}`)}</Tag>
                    {allGroups && <Typography.Text type="secondary">{nameOf(item.accountId)}</Typography.Text>}
                  </span>
                ))}
              </Space>
            </div>
          ))}
        </div>
      )}
    </Space>
  );
}
