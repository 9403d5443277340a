import { Segmented } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus } from '../../../src-shared/contract/activities';
import { ListPage } from '../../components/ListPage';
import { navigate } from '../../lib/router';
import { useAccounts } from '../accounts/store';
import { ActivitiesTable } from './ActivitiesTable';
import { ActivityFormDrawer } from './form/ActivityFormDrawer';
import { mechanicLabel } from './labels';
import { activitiesHref, type ActivitiesRoute } from './route';
import { activitiesStore, useActivities } from './store';

const isStatus = (value: string | undefined): value is ActivityStatus => (ACTIVITY_STATUSES as readonly string[]).includes(value ?? '');
const ALL = 'all';

/** 活动列表: every activity with its dates, budget and results, filtered by status (kept in the address). */
export function ActivitiesList({ route }: { route: ActivitiesRoute }) {
  const { t } = useTranslation();
  const rows = useActivities((s) => s.rows);
  const loaded = useActivities((s) => s.loaded);
  const accounts = useAccounts((s) => s.rows);
  const status = isStatus(route.query.status) ? route.query.status : null;
  const accountName = useMemo(() => new Map(accounts.map((a) => [a.id, a.name])), [accounts]);
  // The search looks at what a row shows (name, purpose, mechanic, accounts) and its goal and channels.
  const searchFields = useCallback(
    (activity: Activity) => [
      activity.name,
      mechanicLabel(t, activity.mechanic),
      t(`activities.purpose.${activity.purpose}`),
      activity.goal,
      ...activity.reachChannels,
      ...activity.accountIds.map((id) => accountName.get(id) ?? ''),
    ],
    [t, accountName],
  );

  const filters = (
    <Segmented<string>
      data-testid="activities-status-filter"
      value={status ?? ALL}
      onChange={(value) => navigate(activitiesHref(value === ALL ? {} : { status: value }))}
      options={[{ value: ALL, label: t('activities.list.allStatuses') }, ...ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`activities.status.${s}`) }))]}
    />
  );

  return (
    <ListPage<Activity>
      title={t('activities.list.title')}
      testId="activities"
      rows={rows}
      loaded={loaded}
      searchFields={searchFields}
      searchPlaceholder={t('activities.list.searchPlaceholder')}
      createLabel={t('activities.list.create')}
      createTestId="activity-create"
      emptyText={t('activities.list.empty')}
      actions={activitiesStore().getState()}
      removedText={(activity) => t('activities.list.deleted', { name: activity.name })}
      filters={filters}
      table={(props) => <ActivitiesTable {...props} rows={status ? props.rows.filter((a) => a.status === status) : props.rows} accountName={accountName} loading={!loaded} />}
      drawer={({ open, row, onClose }) => <ActivityFormDrawer open={open} activity={row} onClose={onClose} />}
    />
  );
}
