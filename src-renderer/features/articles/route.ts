import { ItemStatus } from '../../../src-shared/contract/calendar';
import type { HashPlace, RouteDef } from '../../lib/router';

// 稿件 has two places: the list (`#/articles?status=writing&account=…&pool=1&q=…`), whose filters and
// search live in the URL so a reload or a link keeps them, and one article (`#/articles/<id>`).

export interface ArticlesRoute {
  name: 'articles';
  /** Filters; an empty list = no filter. */
  statuses: ItemStatus[];
  accounts: string[];
  columns: string[];
  owners: string[];
  /** Only the topic pool (选题库): articles whose item has no date. */
  pool: boolean;
  /** The search box's text; '' lists instead of searching. */
  query: string;
}

export interface ArticleRoute {
  name: 'article';
  id: string;
}

/** The URL parameter of each list filter, repeated once per value. */
const FILTER_PARAMS = { statuses: 'status', accounts: 'account', columns: 'column', owners: 'owner' } as const;
export type ArticleFilterKey = keyof typeof FILTER_PARAMS;
export const ARTICLE_FILTERS = Object.keys(FILTER_PARAMS) as ArticleFilterKey[];

/** The list's route with defaults (`articlesRoute()` lists every article). */
export function articlesRoute(patch: Partial<Omit<ArticlesRoute, 'name'>> = {}): ArticlesRoute {
  return { name: 'articles', statuses: [], accounts: [], columns: [], owners: [], pool: false, query: '', ...patch };
}

function parseList({ path, query }: HashPlace): ArticlesRoute | null {
  if (path[0] !== 'articles' || path.length > 1) return null;
  const list = (key: string) => query.getAll(key).filter(Boolean);
  return articlesRoute({
    statuses: list('status').filter((s): s is ItemStatus => ItemStatus.safeParse(s).success),
    accounts: list('account'),
    columns: list('column'),
    owners: list('owner'),
    pool: query.get('pool') === '1',
    query: query.get('q') ?? '',
  });
}

function listHref(route: ArticlesRoute): string {
  const query = new URLSearchParams();
  for (const key of ARTICLE_FILTERS) for (const value of route[key]) query.append(FILTER_PARAMS[key], value);
  if (route.pool) query.set('pool', '1');
  if (route.query) query.set('q', route.query);
  const search = query.toString();
  return search ? `#/articles?${search}` : '#/articles';
}

/** `#/articles` with the filters `status`, `account`, `column`, `owner` (repeated), `pool=1` and the search `q`. */
export const articlesRouteDef: RouteDef<ArticlesRoute> = { name: 'articles', parse: parseList, href: listHref };

/** `#/articles/<id>`: one article's page. */
export const articleRouteDef: RouteDef<ArticleRoute> = {
  name: 'article',
  parse: ({ path }) => (path[0] === 'articles' && path.length === 2 ? { name: 'article', id: path[1]! } : null),
  href: (route) => `#/articles/${encodeURIComponent(route.id)}`,
};

/** The href of one article's page. */
export const articleHref = (id: string) => articleRouteDef.href({ name: 'article', id });
