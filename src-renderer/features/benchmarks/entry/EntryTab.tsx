import type { BenchmarksRoute } from '../route';

/** 录入数据: the figures grid (being built). */
export function EntryTab({ route }: { route: BenchmarksRoute }) {
  return <div data-testid="entry-tab">{route.query.account}</div>;
}
