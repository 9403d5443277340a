import { Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanComposer } from './composer/PlanComposer';
import { PlansList } from './PlansList';
import type { PlansRoute } from './route';
import { plansStore } from './store';
import './plans.css';

/** 运营方案: the list of plans, or one plan's composer with its preview and exports. */
export function PlansPage({ route }: { route: PlansRoute }) {
  const { t } = useTranslation();
  useEffect(() => {
    void plansStore().getState().load();
  }, []);
  if (route.planId) return <PlanComposer key={route.planId} planId={route.planId} panel={route.panel} />;
  return (
    <div data-testid="plans-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('plans.title')}
      </Typography.Title>
      <PlansList />
    </div>
  );
}
