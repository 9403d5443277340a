import type { RouteDef } from '../../lib/router';

// 对标 is one screen of tabs: the analysis (排名 · 趋势 · 对比 · 爆文 · 周报), the register of peer
// accounts (对标账号, with one peer's page) and data entry (录入数据). The tab is part of the hash,
// so a reload or a link keeps it: `#/benchmarks/peers`, `#/benchmarks/peers/<id>`, `#/benchmarks/entry`.

/** Every tab the screen may have; `tabs.tsx` says which exist and in which order. */
export const BENCH_TABS = ['ranking', 'trends', 'compare', 'top', 'weekly', 'peers', 'entry'] as const;
export type BenchTab = (typeof BENCH_TABS)[number];

export interface BenchmarksRoute {
  name: 'benchmarks';
  /** null: the default tab (the first in `tabs.tsx`). */
  tab: BenchTab | null;
  /** On the peers tab: the peer whose page is open. */
  peerId: string | null;
  /** A tab's own view state (`?account=…&kind=week`), kept as given. */
  query: Record<string, string>;
}

const isTab = (value: string | undefined): value is BenchTab => (BENCH_TABS as readonly string[]).includes(value ?? '');

export function benchmarksRoute(patch: Partial<Omit<BenchmarksRoute, 'name'>> = {}): BenchmarksRoute {
  return { name: 'benchmarks', tab: null, peerId: null, query: {}, ...patch };
}

/** `#/benchmarks[/<tab>[/<peer id>]][?…]`; an unknown tab opens the default one. */
export const benchmarksRouteDef: RouteDef<BenchmarksRoute> = {
  name: 'benchmarks',
  parse: ({ path: [area, tab, id], query }) => (area === 'benchmarks' ? benchmarksRoute({ tab: isTab(tab) ? tab : null, peerId: tab === 'peers' && id ? id : null, query: Object.fromEntries(query.entries()) }) : null),
  href: ({ tab, peerId, query }) => {
    const path = tab ? `#/benchmarks/${tab}${tab === 'peers' && peerId ? `/${encodeURIComponent(peerId)}` : ''}` : '#/benchmarks';
    const search = new URLSearchParams(query).toString();
    return search ? `${path}?${search}` : path;
  },
};

/** The href of a tab (with its view state). */
export const benchmarksHref = (tab: BenchTab | null = null, query: Record<string, string> = {}): string => benchmarksRouteDef.href(benchmarksRoute({ tab, query }));
/** The href of one peer's page. */
export const peerHref = (peerId: string): string => benchmarksRouteDef.href(benchmarksRoute({ tab: 'peers', peerId }));
