import { lazy, type ComponentType } from 'react';
import type { BenchmarksRoute, BenchTab } from './route';

// The tabs of 对标, in order; the first is the default (`#/benchmarks`). A tab is a component
// given the route (its view state is in `route.query`); each is loaded when first opened.
// The analysis tabs (排名 · 趋势 · 对比 · 爆文 · 周报) live in `analysis/` and go before 对标账号.

export interface BenchTabDef {
  key: BenchTab;
  /** Translation key of the tab's label. */
  labelKey: `peers.tabs.${BenchTab}`;
  Tab: ComponentType<{ route: BenchmarksRoute }>;
}

const RankingTab = lazy(() => import('./analysis/RankingTab').then((m) => ({ default: m.RankingTab })));
const TrendTab = lazy(() => import('./analysis/TrendTab').then((m) => ({ default: m.TrendTab })));
const CompareTab = lazy(() => import('./analysis/CompareTab').then((m) => ({ default: m.CompareTab })));
const TopTab = lazy(() => import('./analysis/TopTab').then((m) => ({ default: m.TopTab })));
const DiagnosisTab = lazy(() => import('./analysis/DiagnosisTab').then((m) => ({ default: m.DiagnosisTab })));
const PeersTab = lazy(() => import('./peers/PeersTab').then((m) => ({ default: m.PeersTab })));
const EntryTab = lazy(() => import('./entry/EntryTab').then((m) => ({ default: m.EntryTab })));

export const TABS: readonly BenchTabDef[] = [
  { key: 'ranking', labelKey: 'peers.tabs.ranking', Tab: RankingTab },
  { key: 'trends', labelKey: 'peers.tabs.trends', Tab: TrendTab },
  { key: 'compare', labelKey: 'peers.tabs.compare', Tab: CompareTab },
  { key: 'top', labelKey: 'peers.tabs.top', Tab: TopTab },
  { key: 'weekly', labelKey: 'peers.tabs.weekly', Tab: DiagnosisTab },
  { key: 'peers', labelKey: 'peers.tabs.peers', Tab: PeersTab },
  { key: 'entry', labelKey: 'peers.tabs.entry', Tab: EntryTab },
];
