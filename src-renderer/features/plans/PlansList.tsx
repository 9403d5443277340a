import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../src-shared/contract/plans';
import { ListPage } from '../../components/ListPage';
import { CreatePlanDrawer } from './CreatePlanDrawer';
import { periodLabel, periodOf, planName } from './labels';
import { PlansTable } from './PlansTable';
import { plansStore, usePlans } from './store';

/** 方案列表: every plan with its period and exports; 新建方案 picks a period and a template. */
export function PlansList() {
  const { t } = useTranslation();
  const rows = usePlans((s) => s.rows);
  const loaded = usePlans((s) => s.loaded);
  const searchFields = useCallback((plan: PlanSummary) => [plan.title, periodLabel(t, periodOf(plan)), t(`plans.template.${plan.template}`)], [t]);
  return (
    <ListPage<PlanSummary>
      title={t('plans.list.title')}
      testId="plans"
      rows={rows}
      loaded={loaded}
      searchFields={searchFields}
      searchPlaceholder={t('plans.list.searchPlaceholder')}
      createLabel={t('plans.list.create')}
      createTestId="plan-create"
      emptyText={t('plans.list.empty')}
      actions={plansStore().getState()}
      removedText={(plan) => t('plans.list.deleted', { title: planName(t, plan) })}
      table={(props) => <PlansTable {...props} loading={!loaded} />}
      // A plan is edited in its composer; the drawer only creates.
      drawer={({ open, row, onClose }) => <CreatePlanDrawer open={open && row === null} onClose={onClose} />}
    />
  );
}
