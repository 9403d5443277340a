import { createStore, type StoreApi } from 'zustand';
import type { Article, ArticleCreateInput, ArticlePatch, ArticleSummary } from '../../../src-shared/contract/articles';
import type { Column } from '../../../src-shared/contract/columns';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, isForeign, liveStore, type Freshness } from '../../lib/live-store';
import { readFileAsBase64 } from '../../lib/file-transfer';
import { attempt, type SaveResult } from '../../lib/result';

// 稿件: the list (or the search's hits) with the filters of the URL, and the article open on its
// page. Title, account, column, date, owner and status are the calendar item's, so calendar
// changes refresh what is shown too.

type ListInput = Parameters<ApiDeps['api']['articles']['list']>[0];
type SearchInput = Parameters<ApiDeps['api']['articles']['search']>[0];
export type SearchHit = Awaited<ReturnType<ApiDeps['api']['articles']['search']>>[number];

/** What one fetch holds: its rows, whether they came, and the error that stopped them. */
interface Fetched<T> {
  data: T;
  loaded: boolean;
  loading: boolean;
  error: ApiCallError | null;
}

export interface ArticlesState {
  list: Fetched<ArticleSummary[]>;
  /** The search's hits; null while the search box is empty. */
  hits: Fetched<SearchHit[]> | null;
  /** Every account's columns, to name an article's column. */
  columns: Column[];
  /** The article on its page. */
  current: Fetched<Article | null> & { id: string | null };
  /** Lists with these filters (the list page calls it when its route changes). */
  loadList(input: ListInput): Promise<void>;
  /** Searches; an empty query clears the hits. */
  search(input: Omit<SearchInput, 'limit'> | null): Promise<void>;
  /** Reads the article a page opens. */
  open(id: string): Promise<void>;
  create(input: ArticleCreateInput): Promise<SaveResult<Article>>;
  update(id: string, patch: ArticlePatch): Promise<SaveResult<Article>>;
  /** Stores a cover image in the library (素材库); the same image twice is one asset. */
  uploadCover(file: File): Promise<SaveResult<{ id: string; width: number; height: number }>>;
}

const empty = <T>(data: T): Fetched<T> => ({ data, loaded: false, loading: false, error: null });
const NO_ARTICLE = { ...empty<Article | null>(null), id: null };

export function createArticlesStore(deps: ApiDeps): StoreApi<ArticlesState> {
  const { api } = deps;
  let listInput: ListInput | null = null;
  let searchInput: Omit<SearchInput, 'limit'> | null = null;
  const generation = { list: 0, search: 0, current: 0 };
  const stale = { list: false, search: false, current: false, columns: true };

  /** Runs one fetch into `key`, dropping the answer of a fetch that a newer one replaced. */
  async function fetchInto<K extends 'list' | 'hits'>(key: K, part: 'list' | 'search', work: () => Promise<NonNullable<ArticlesState[K]>['data']>) {
    const mine = ++generation[part];
    stale[part] = false;
    const before = store.getState()[key] ?? empty([]);
    store.setState({ [key]: { ...before, loading: true } } as Partial<ArticlesState>);
    try {
      const data = await work();
      if (mine === generation[part]) store.setState({ [key]: { data, loaded: true, loading: false, error: null } } as Partial<ArticlesState>);
    } catch (error) {
      if (mine === generation[part]) store.setState({ [key]: { ...before, loading: false, loaded: true, error: asApiError(error) } } as Partial<ArticlesState>);
    }
  }

  async function loadColumns() {
    if (!stale.columns) return;
    stale.columns = false;
    try {
      store.setState({ columns: await api.columns.list({}) });
    } catch {
      stale.columns = true;
    }
  }

  /** Shows a written article: on its page, and in the list when it is there. */
  function show(article: Article): string[] {
    const { current, list } = store.getState();
    if (current.id === article.id) store.setState({ current: { ...current, data: article, loaded: true, error: null } });
    if (list.data.some((row) => row.id === article.id)) stale.list = true;
    return [article.id, article.item.id];
  }

  const freshness: Freshness = {
    domains: ['articles', 'calendar', 'columns', 'accounts'],
    stale(change) {
      if (!isForeign(change)) {
        // Our own write: the list shows the answer's fields only after a reload.
        if (change.domain === 'articles' || change.domain === 'calendar') stale.list = true;
        return;
      }
      if (change.domain === 'columns') stale.columns = true;
      stale.list = stale.search = true;
      const id = store.getState().current.id;
      const itemId = store.getState().current.data?.item.id;
      if (id && (change.all || change.foreign.includes(id) || (itemId && change.foreign.includes(itemId)))) stale.current = true;
    },
    staleAll() {
      stale.list = stale.search = stale.current = stale.columns = true;
    },
    async refresh() {
      const { current } = store.getState();
      await Promise.all([
        stale.list && listInput ? store.getState().loadList(listInput) : undefined,
        stale.search && searchInput ? store.getState().search(searchInput) : undefined,
        stale.current && current.id ? store.getState().open(current.id) : undefined,
        loadColumns(),
      ]);
    },
  };

  const store: StoreApi<ArticlesState> = createStore<ArticlesState>()((set) => ({
    list: empty([]),
    hits: null,
    columns: [],
    current: NO_ARTICLE,
    async loadList(input) {
      listInput = input;
      void loadColumns();
      await fetchInto('list', 'list', () => api.articles.list(input));
    },
    async search(input) {
      searchInput = input;
      if (!input) {
        generation.search++;
        set({ hits: null });
        return;
      }
      await fetchInto('hits', 'search', () => api.articles.search({ ...input, limit: 100 }));
    },
    async open(id) {
      const mine = ++generation.current;
      stale.current = false;
      void loadColumns();
      const { current } = store.getState();
      set({ current: current.id === id ? { ...current, loading: true } : { ...NO_ARTICLE, id, loading: true } });
      try {
        const data = await api.articles.get({ id });
        if (mine === generation.current) set({ current: { id, data, loaded: true, loading: false, error: null } });
      } catch (error) {
        if (mine === generation.current) set({ current: { ...store.getState().current, loading: false, loaded: true, error: asApiError(error) } });
      }
    },
    create: (input) => follower.write(() => api.articles.create(input), show),
    update: (id, patch) => follower.write(() => api.articles.update({ id, patch }), show),
    uploadCover: (file) =>
      attempt(async () => {
        const { asset } = await api.library.uploadAsset({ name: file.name, dataBase64: await readFileAsBase64(file) });
        return asset;
      }),
  }));
  const follower = follow(store, deps, freshness, 'articles');
  return store;
}

export const [articlesStore, useArticles] = liveStore(createArticlesStore);
