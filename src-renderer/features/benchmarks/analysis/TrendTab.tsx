import { Empty, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../../src-shared/contract/benchmarks';
import { EChart } from '../../../components/EChart';
import { LoadError } from './LoadError';
import type { BenchmarksRoute } from '../route';
import { rangeOf, type RangePreset } from './periods';
import { accountsOfQuery, presetOfQuery, setTabQuery } from './query';
import { analysisStore, useAnalysis } from './store';
import { trendOption, type TrendMetric } from './trend-options';
import './analysis.css';

const MAX_ACCOUNTS = 10;
const PRESETS: RangePreset[] = ['1y', '3y', '5y'];
const METRICS: TrendMetric[] = ['followers', 'reads', 'wci'];
/** Accounts shown before the operator picks: own ones first, as the list gives them. */
const DEFAULT_ACCOUNTS = 5;

/** 趋势: followers, reads and WCI per week or month of up to 10 accounts over 1, 3 or 5 years. */
export function TrendTab({ route }: { route: BenchmarksRoute }) {
  const { t, i18n } = useTranslation();
  const accounts = useAnalysis((s) => s.accounts);
  const trend = useAnalysis((s) => s.trend);
  const picked = accountsOfQuery(route.query);
  const preset = presetOfQuery(route.query, PRESETS, '1y');
  const kind: PeriodKind = route.query.kind === 'month' ? 'month' : 'week';
  const set = (patch: Record<string, string>) => setTabQuery('trends', route, patch);

  useEffect(() => void analysisStore().getState().loadAccounts(), []);
  const ids = useMemo(() => picked ?? accounts.data.slice(0, DEFAULT_ACCOUNTS).map((a) => a.id), [route.query.accounts, accounts.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const key = JSON.stringify([ids, preset, kind]);
  useEffect(() => {
    if (ids.length)
      void analysisStore()
        .getState()
        .loadTrend({ ...rangeOf(preset), kind, accountIds: ids });
    // The key holds everything the load reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const options = useMemo(() => (trend.data ? METRICS.map((metric) => ({ metric, option: trendOption(trend.data!, metric, i18n.language) })) : []), [trend.data, i18n.language]);
  const hasPoints = trend.data?.series.some((s) => s.points.some((p) => p.followers !== null || p.reads !== null || p.wci !== null));
  const drawnKey = `${preset}:${kind}:${trend.data?.series.length ?? 0}`;

  return (
    <div className="bench-analysis" data-testid="bench-trend">
      <div className="bench-analysis__bar">
        <Select
          mode="multiple"
          data-testid="trend-accounts"
          aria-label={t('benchAnalysis.trend.accounts')}
          placeholder={t('benchAnalysis.trend.pickAccounts')}
          value={ids}
          maxCount={MAX_ACCOUNTS}
          onChange={(next: string[]) => set({ accounts: next.join(',') })}
          options={accounts.data.map((a) => ({ value: a.id, label: a.kind === 'own' ? `${a.name}（${t('benchAnalysis.kind.own')}）` : a.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          maxTagCount="responsive"
          style={{ minWidth: 320, flex: 1, maxWidth: 640 }}
        />
        <Space>
          <Segmented<RangePreset> data-testid="trend-range" value={preset} onChange={(range) => set({ range })} options={PRESETS.map((p) => ({ value: p, label: t(`benchAnalysis.range.${p}`) }))} />
          <Segmented<PeriodKind>
            data-testid="trend-kind"
            value={kind}
            onChange={(next) => set({ kind: next })}
            options={[
              { value: 'week', label: t('benchAnalysis.period.week') },
              { value: 'month', label: t('benchAnalysis.period.month') },
            ]}
          />
        </Space>
      </div>
      <LoadError error={trend.error ?? accounts.error} />
      {accounts.loaded && accounts.data.length === 0 ? (
        <Empty description={t('benchAnalysis.trend.noAccounts')} />
      ) : trend.loaded && !hasPoints ? (
        <Empty description={t('benchAnalysis.trend.empty')} data-testid="trend-empty" />
      ) : (
        <div className="bench-trend__charts">
          {options.map(({ metric, option }) => (
            <section key={metric} className="bench-card">
              <Typography.Title level={5}>{t(`benchAnalysis.trend.${metric}`)}</Typography.Title>
              <EChart option={option} height={260} testId={`trend-chart-${metric}`} drawnKey={drawnKey} />
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
