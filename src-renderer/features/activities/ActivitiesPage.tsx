import { Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/router';
import { accountsStore } from '../accounts/store';
import { teamStore } from '../team/store';
import { ActivitiesList } from './ActivitiesList';
import { ActivityPage } from './page/ActivityPage';
import { PlanTab } from './plan/PlanTab';
import { activitiesHref, planHref, type ActivitiesRoute, type ActivitiesTab } from './route';
import { activitiesStore } from './store';
import './activities.css';

/** 活动: the list of activities (and one activity's page) and the monthly implementation table, as tabs. */
export function ActivitiesPage({ route }: { route: ActivitiesRoute }) {
  const { t } = useTranslation();
  useEffect(() => {
    // Names of accounts and owners are shown on every tab.
    void activitiesStore().getState().load();
    if (!accountsStore().getState().loaded) void accountsStore().getState().load();
    if (!teamStore().getState().loaded) void teamStore().getState().load();
  }, []);
  const list = route.activityId ? <ActivityPage activityId={route.activityId} /> : <ActivitiesList route={route} />;
  return (
    <div data-testid="activities-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('activities.title')}
      </Typography.Title>
      <Tabs
        data-testid="activities-tabs"
        activeKey={route.tab}
        onChange={(key) => navigate((key as ActivitiesTab) === 'plan' ? planHref() : activitiesHref())}
        destroyOnHidden
        items={[
          { key: 'list', label: <span data-testid="activities-tab-list">{t('activities.tabs.list')}</span>, children: list },
          { key: 'plan', label: <span data-testid="activities-tab-plan">{t('activities.tabs.plan')}</span>, children: <PlanTab route={route} /> },
        ]}
      />
    </div>
  );
}
