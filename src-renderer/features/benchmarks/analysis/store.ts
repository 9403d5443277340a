import { createStore, type StoreApi } from 'zustand';
import type { BenchAccount, Diagnosis, Period, PostWithAccount, Ranking, Trend, TypeGroup } from '../../../../src-shared/contract/benchmarks';
import type { TransferFile } from '../../../../src-shared/contract/imports';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, type Freshness } from '../../../lib/live-store';
import { attempt, type SaveResult } from '../../../lib/result';

// The analysis tabs of 对标 (issue 11, points 4 and 5): ranking, trend, comparison, top articles
// with what reads best, and the weekly diagnosis. Each part keeps the input it was last asked
// for, so a change of figures (an import, an entry, another window) refetches what is shown.

type Api = ApiDeps['api']['benchmarks'];
export type TrendInput = Parameters<Api['trend']>[0];
export type CompareInput = Parameters<Api['compare']>[0];
export type TopInput = Parameters<Api['topPosts']>[0];

/** What one fetch holds: its data, whether it came, and the error that stopped it. */
export interface Fetched<T> {
  data: T;
  loaded: boolean;
  loading: boolean;
  error: ApiCallError | null;
}

export interface AnalysisState {
  accounts: Fetched<BenchAccount[]>;
  ranking: Fetched<Ranking | null>;
  trend: Fetched<Trend | null>;
  compare: Fetched<Ranking | null>;
  topPosts: Fetched<PostWithAccount[]>;
  readsByType: Fetched<TypeGroup[]>;
  diagnosis: Fetched<Diagnosis | null>;
  loadAccounts(): Promise<void>;
  loadRanking(period: Period): Promise<void>;
  loadTrend(input: TrendInput): Promise<void>;
  loadCompare(input: CompareInput): Promise<void>;
  /** The top articles and the types that read best, for one range and owner. */
  loadTop(input: TopInput): Promise<void>;
  /** The week starting `weekStart` (a Sunday); the last full week when undefined. */
  loadDiagnosis(weekStart: string | undefined): Promise<void>;
  exportRanking(period: Period, format: 'xlsx' | 'csv'): Promise<SaveResult<TransferFile>>;
}

type Part = 'accounts' | 'ranking' | 'trend' | 'compare' | 'topPosts' | 'readsByType' | 'diagnosis';
const PARTS: Part[] = ['accounts', 'ranking', 'trend', 'compare', 'topPosts', 'readsByType', 'diagnosis'];

const empty = <T>(data: T): Fetched<T> => ({ data, loaded: false, loading: false, error: null });

export function createAnalysisStore(deps: ApiDeps): StoreApi<AnalysisState> {
  const api = deps.api.benchmarks;
  const generation = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  /** How to fetch each part again (its last input); set by the loads. */
  const again: Partial<Record<Part, () => Promise<void>>> = {};
  let stale = false;

  /** Runs one fetch into `part`, dropping the answer of a fetch that a newer one replaced. */
  async function fetchInto<K extends Part>(part: K, work: () => Promise<AnalysisState[K]['data']>): Promise<void> {
    const mine = ++generation[part];
    const before = store.getState()[part];
    store.setState({ [part]: { ...before, loading: true } } as Partial<AnalysisState>);
    try {
      const data = await work();
      if (mine === generation[part]) store.setState({ [part]: { data, loaded: true, loading: false, error: null } } as Partial<AnalysisState>);
    } catch (error) {
      if (mine === generation[part]) store.setState({ [part]: { ...store.getState()[part], loading: false, loaded: true, error: asApiError(error) } } as Partial<AnalysisState>);
    }
  }

  const freshness: Freshness = {
    // Figures come from benchmarks' rows; own accounts' names from accounts.
    domains: ['benchmarks', 'accounts'],
    stale: () => void (stale = true),
    staleAll: () => void (stale = true),
    async refresh() {
      if (!stale) return;
      stale = false;
      await Promise.all(Object.values(again).map((load) => load()));
    },
  };

  const store: StoreApi<AnalysisState> = createStore<AnalysisState>()(() => ({
    accounts: empty([]),
    ranking: empty(null),
    trend: empty(null),
    compare: empty(null),
    topPosts: empty([]),
    readsByType: empty([]),
    diagnosis: empty(null),
    async loadAccounts() {
      again.accounts = () => fetchInto('accounts', () => api.listAccounts({}));
      await again.accounts();
    },
    async loadRanking(period) {
      again.ranking = () => fetchInto('ranking', () => api.ranking({ period }));
      await again.ranking();
    },
    async loadTrend(input) {
      again.trend = () => fetchInto('trend', () => api.trend(input));
      await again.trend();
    },
    async loadCompare(input) {
      again.compare = () => fetchInto('compare', () => api.compare(input));
      await again.compare();
    },
    async loadTop(input) {
      const { limit: _limit, ...range } = input;
      again.topPosts = () => fetchInto('topPosts', () => api.topPosts(input));
      again.readsByType = () => fetchInto('readsByType', () => api.readsByType(range));
      await Promise.all([again.topPosts(), again.readsByType()]);
    },
    async loadDiagnosis(weekStart) {
      again.diagnosis = () => fetchInto('diagnosis', () => api.diagnosis(weekStart ? { weekStart } : {}));
      await again.diagnosis();
    },
    exportRanking: (period, format) => attempt(() => api.exportRanking({ period, format })),
  }));
  follow(store, deps, freshness);
  return store;
}

export const [analysisStore, useAnalysis] = liveStore(createAnalysisStore);
