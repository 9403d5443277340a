import { Segmented, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from './LoadError';
import type { BenchmarksRoute } from '../route';
import { rangeOf, type RangePreset } from './periods';
import { presetOfQuery, setTabQuery } from './query';
import { ReadsByType } from './ReadsByType';
import { analysisStore, useAnalysis } from './store';
import { TopPostsTable } from './TopPostsTable';
import './analysis.css';

type Owner = 'peer' | 'own' | 'all';
const OWNERS: Owner[] = ['peer', 'own', 'all'];
const PRESETS: RangePreset[] = ['30d', '90d', '1y'];
const TOP = 100;

/** 爆文: the best-read articles of peers (or own, or all) in a range, and what reads best by type. */
export function TopTab({ route }: { route: BenchmarksRoute }) {
  const { t } = useTranslation();
  const topPosts = useAnalysis((s) => s.topPosts);
  const readsByType = useAnalysis((s) => s.readsByType);
  const owner = OWNERS.find((o) => o === route.query.owner) ?? 'peer';
  const preset = presetOfQuery(route.query, PRESETS, '90d');

  useEffect(
    () =>
      void analysisStore()
        .getState()
        .loadTop({ ...rangeOf(preset), owner, limit: TOP }),
    [owner, preset],
  );

  return (
    <div className="bench-analysis" data-testid="bench-top">
      <div className="bench-analysis__bar">
        <Segmented<Owner> data-testid="top-owner" value={owner} onChange={(next) => setTabQuery('top', route, { owner: next })} options={OWNERS.map((o) => ({ value: o, label: t(`benchAnalysis.top.owner.${o}`) }))} />
        <Segmented<RangePreset> data-testid="top-range" value={preset} onChange={(range) => setTabQuery('top', route, { range })} options={PRESETS.map((p) => ({ value: p, label: t(`benchAnalysis.range.${p}`) }))} />
      </div>
      <LoadError error={topPosts.error ?? readsByType.error} />
      <div className="bench-top__grid">
        <section className="bench-card">
          <Typography.Title level={5}>{t('benchAnalysis.top.topTitle')}</Typography.Title>
          <TopPostsTable posts={topPosts.data} loading={topPosts.loading || !topPosts.loaded} />
        </section>
        <section className="bench-card">
          <Typography.Title level={5}>{t('benchAnalysis.top.byTypeTitle')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('benchAnalysis.top.byTypeHint')}</Typography.Paragraph>
          <ReadsByType groups={readsByType.data} loading={readsByType.loading || !readsByType.loaded} />
        </section>
      </div>
    </div>
  );
}
