import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// The analysis tabs of 对标, for the benchmarks screen's tab bar: key (the route's tab), label
// and the page, loaded on first open (echarts comes with the trend, top-articles and report tabs only).

export interface AnalysisTab {
  key: 'ranking' | 'trend' | 'compare' | 'top' | 'diagnosis';
  labelKey: string;
  Page: LazyExoticComponent<ComponentType>;
}

export const ANALYSIS_TABS: AnalysisTab[] = [
  { key: 'ranking', labelKey: 'benchAnalysis.tabs.ranking', Page: lazy(() => import('./RankingTab').then((m) => ({ default: m.RankingTab }))) },
  { key: 'trend', labelKey: 'benchAnalysis.tabs.trend', Page: lazy(() => import('./TrendTab').then((m) => ({ default: m.TrendTab }))) },
  { key: 'compare', labelKey: 'benchAnalysis.tabs.compare', Page: lazy(() => import('./CompareTab').then((m) => ({ default: m.CompareTab }))) },
  { key: 'top', labelKey: 'benchAnalysis.tabs.top', Page: lazy(() => import('./TopTab').then((m) => ({ default: m.TopTab }))) },
  { key: 'diagnosis', labelKey: 'benchAnalysis.tabs.diagnosis', Page: lazy(() => import('./DiagnosisTab').then((m) => ({ default: m.DiagnosisTab }))) },
];
