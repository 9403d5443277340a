import { Alert, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarksRoute } from '../route';
import { CompareTable } from './CompareTable';
import { LoadError } from './LoadError';
import { PeriodPicker } from './PeriodPicker';
import { accountsOfQuery, periodOfQuery, periodQuery, setTabQuery } from './query';
import { analysisStore, useAnalysis } from './store';
import './analysis.css';

const MIN = 2;
const MAX = 5;

/** 对比: 2–5 own and peer accounts of one period side by side. */
export function CompareTab({ route }: { route: BenchmarksRoute }) {
  const { t } = useTranslation();
  const accounts = useAnalysis((s) => s.accounts);
  const compare = useAnalysis((s) => s.compare);
  const period = periodOfQuery(route.query);
  const picked = accountsOfQuery(route.query);

  useEffect(() => void analysisStore().getState().loadAccounts(), []);
  // Until the operator picks: the first own account and the first peers, up to three.
  const ids = useMemo(() => picked ?? accounts.data.slice(0, 3).map((a) => a.id), [route.query.accounts, accounts.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const key = JSON.stringify([ids, period.kind, period.start]);
  useEffect(() => {
    if (ids.length >= MIN) void analysisStore().getState().loadCompare({ period, accountIds: ids });
    // The key holds everything the load reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <div className="bench-analysis" data-testid="bench-compare">
      <div className="bench-analysis__bar">
        <Select
          mode="multiple"
          data-testid="compare-accounts"
          aria-label={t('benchAnalysis.compare.accounts')}
          placeholder={t('benchAnalysis.compare.pickAccounts')}
          value={ids}
          maxCount={MAX}
          onChange={(ids: string[]) => setTabQuery('compare', route, { accounts: ids.join(',') })}
          options={accounts.data.map((a) => ({ value: a.id, label: a.kind === 'own' ? `${a.name}（${t('benchAnalysis.kind.own')}）` : a.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 320, flex: 1, maxWidth: 640 }}
        />
        <PeriodPicker value={period} onChange={(p) => setTabQuery('compare', route, periodQuery(p))} />
      </div>
      <LoadError error={compare.error ?? accounts.error} />
      {ids.length < MIN ? <Alert type="info" showIcon message={t('benchAnalysis.compare.needTwo')} /> : <CompareTable compare={compare.data} order={ids} loading={compare.loading || !compare.loaded} />}
    </div>
  );
}
