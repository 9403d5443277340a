import { Tabs, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/router';
import { benchmarksHref, type BenchmarksRoute, type BenchTab } from './route';
import { TABS } from './tabs';

/** 对标: the analysis of own and peer accounts, the register of peers and data entry, as tabs. */
export function BenchmarksPage({ route }: { route: BenchmarksRoute }) {
  const { t } = useTranslation();
  const active = TABS.find((tab) => tab.key === route.tab) ?? TABS[0]!;
  return (
    <div data-testid="benchmarks-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('peers.title')}
      </Typography.Title>
      <Tabs
        data-testid="benchmarks-tabs"
        activeKey={active.key}
        onChange={(key) => navigate(benchmarksHref(key as BenchTab))}
        destroyOnHidden
        items={TABS.map(({ key, labelKey, Tab }) => ({
          key,
          label: <span data-testid={`bench-tab-${key}`}>{t(labelKey)}</span>,
          children: (
            <Suspense fallback={null}>
              <Tab route={route} />
            </Suspense>
          ),
        }))}
      />
    </div>
  );
}
