import { Alert, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../src-shared/domain/dates';
import { errorText } from '../../lib/field-errors';
import { useAccounts } from '../accounts/store';
import { useTeam } from '../team/store';
import { DeadlinesCard, PushesCard, ReviewsCard, type Names } from './CalendarCards';
import { overviewStore, useOverview } from './store';
import { WeekCard } from './WeekCard';
import { ActivitiesCard, BudgetCard, ConcernsCard, KpisCard } from './WorkCards';
import './overview.css';

/** 工作台: what the operator looks at first every morning, each card leading to where its work is. */
export function OverviewPage() {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const data = useOverview((s) => s.data);
  const error = useOverview((s) => s.error);
  const accounts = useAccounts((s) => s.rows);
  const members = useTeam((s) => s.rows);
  // A layout effect starts the call in the same task as the route change, not a frame later.
  useLayoutEffect(() => void overviewStore().getState().load(today), [today]);
  useLayoutEffect(() => () => overviewStore().getState().forget(), []);
  const names = useMemo<Names>(() => {
    const accountNames = new Map(accounts.map((a) => [a.id, a.name]));
    const memberNames = new Map(members.map((m) => [m.id, m.name]));
    return { account: (id) => accountNames.get(id) ?? '', member: (id) => (id ? (memberNames.get(id) ?? '') : '') };
  }, [accounts, members]);
  const shown = data?.today === today ? data : null;

  return (
    <div className="overview" data-testid="overview">
      <div className="overview__head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('overview.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('overview.today', { date: dayjs(today).format('LL'), weekday: dayjs(today).format('dddd') })}</Typography.Text>
      </div>
      {error && <Alert type="error" showIcon title={`${t('overview.loadFailed')}${errorText(t, error)}`} />}
      {!shown ? (
        !error && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <div className="overview__grid" data-testid="overview-cards">
          <PushesCard pushes={shown.pushes} names={names} />
          <DeadlinesCard dueToday={shown.dueToday} overdue={shown.overdue} names={names} />
          <ReviewsCard reviews={shown.reviews} names={names} />
          <WeekCard week={shown.week} today={today} names={names} />
          <BudgetCard budget={shown.budget} />
          <ActivitiesCard activities={shown.activities} />
          <KpisCard kpis={shown.kpis} />
          <ConcernsCard concerns={shown.concerns} />
        </div>
      )}
    </div>
  );
}
