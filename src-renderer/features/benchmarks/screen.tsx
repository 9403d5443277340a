import { FundOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { benchmarksHref, benchmarksRouteDef } from './route';

const BenchmarksPage = lazy(() => import('./BenchmarksPage').then((m) => ({ default: m.BenchmarksPage })));

export const benchmarksScreen: Screen = {
  key: 'benchmarks',
  icon: <FundOutlined />,
  labelKey: 'peers.nav',
  href: benchmarksHref(),
  // After 稿件: what peers publish is read beside what we write.
  order: 16,
  pages: [screenPage(benchmarksRouteDef, BenchmarksPage)],
};
