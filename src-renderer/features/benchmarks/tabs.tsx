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

const PeersTab = lazy(() => import('./peers/PeersTab').then((m) => ({ default: m.PeersTab })));
const EntryTab = lazy(() => import('./entry/EntryTab').then((m) => ({ default: m.EntryTab })));

export const TABS: readonly BenchTabDef[] = [
  { key: 'peers', labelKey: 'peers.tabs.peers', Tab: PeersTab },
  { key: 'entry', labelKey: 'peers.tabs.entry', Tab: EntryTab },
];
