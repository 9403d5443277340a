import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/field-errors';
import { navigate } from '../../lib/router';
import { useShortcut } from '../../lib/use-shortcut';
import { useAccounts } from '../accounts/store';
import { calendarRoute, calendarRouteDef } from '../calendar/route';
import { useTeam } from '../team/store';
import { ArticleFilters } from './ArticleFilters';
import { ArticlesTable, type ArticleRow } from './ArticlesTable';
import './articles.css';
import { CreateArticleDrawer } from './CreateArticleDrawer';
import { ARTICLE_FILTERS, articlesRouteDef, type ArticlesRoute } from './route';
import { articlesStore, useArticles } from './store';

/** How long the search waits after the last key before it asks. */
const SEARCH_DELAY_MS = 250;

/** The list's filters as the API takes them (an empty filter is no filter). */
function filterOf(route: ArticlesRoute) {
  const list = <T,>(values: T[]) => (values.length ? values : undefined);
  return { status: list(route.statuses), accountIds: list(route.accounts), columnIds: list(route.columns), ownerIds: list(route.owners) };
}

/** 稿件: every article as a table, with filters, the topic pool, search and 新建稿件. */
export function ArticlesPage({ route }: { route: ArticlesRoute }) {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.rows);
  const members = useTeam((s) => s.rows);
  const list = useArticles((s) => s.list);
  const hits = useArticles((s) => s.hits);
  const columns = useArticles((s) => s.columns);
  const [creating, setCreating] = useState(false);
  const [typed, setTyped] = useState(route.query);
  const searchBox = useRef<InputRef>(null);
  useShortcut('n', () => setCreating(true));
  useShortcut('/', () => searchBox.current?.focus());

  const change = (patch: Partial<ArticlesRoute>) => navigate(articlesRouteDef.href({ ...route, ...patch }));
  const filterKey = JSON.stringify([filterOf(route), route.pool, route.query]);
  useEffect(() => {
    const filter = filterOf(route);
    const store = articlesStore().getState();
    void store.loadList({ ...filter, pool: route.pool || undefined });
    void store.search(route.query.trim() ? { ...filter, query: route.query.trim() } : null);
    // The key holds everything the loads read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  // The box follows the URL (Back, a link); typing writes the URL once the operator pauses.
  useEffect(() => setTyped(route.query), [route.query]);
  useEffect(() => {
    if (typed === route.query) return;
    const timer = setTimeout(() => change({ query: typed }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);

  const searching = route.query.trim() !== '';
  const rows = useMemo<ArticleRow[]>(() => {
    if (!searching) return list.data.map((article) => ({ article }));
    // The search has no pool filter of its own: its hits are narrowed here.
    return (hits?.data ?? []).filter((hit) => !route.pool || hit.article.date === '').map((hit) => ({ article: hit.article, hit }));
  }, [searching, list.data, hits, route.pool]);
  const shown = searching ? hits : list;
  const filtered = ARTICLE_FILTERS.some((key) => route[key].length > 0);

  return (
    <div className="articles-page" data-testid="articles-page">
      <div className="articles-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('articles.title')}
        </Typography.Title>
        <Input
          ref={searchBox}
          allowClear
          className="articles-search"
          data-testid="articles-search"
          prefix={<SearchOutlined />}
          placeholder={t('articles.list.searchPlaceholder')}
          title={t('shortcuts.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={() => change({ query: typed })}
        />
        <Button type="primary" icon={<PlusOutlined />} data-testid="article-create" title={t('shortcuts.create')} onClick={() => setCreating(true)} style={{ marginLeft: 'auto' }}>
          {t('articles.create.button')}
        </Button>
      </div>
      <ArticleFilters route={route} accounts={accounts} columns={columns} members={members} onChange={change} />
      {shown?.error && <Alert type="error" showIcon message={errorText(t, shown.error)} style={{ marginBottom: 12 }} />}
      {shown?.loaded && rows.length === 0 ? (
        <EmptyArticles searching={searching} query={route.query} filtered={filtered} pool={route.pool} onCreate={() => setCreating(true)} />
      ) : (
        <ArticlesTable rows={rows} accounts={accounts} columns={columns} members={members} loading={!shown?.loaded} searching={searching} />
      )}
      <CreateArticleDrawer open={creating} accounts={accounts} columns={columns} accountId={route.accounts.length === 1 ? route.accounts[0] : undefined} onClose={() => setCreating(false)} />
    </div>
  );
}

interface EmptyProps {
  searching: boolean;
  query: string;
  filtered: boolean;
  pool: boolean;
  onCreate: () => void;
}

/** What an empty list says, and what to do next. */
function EmptyArticles({ searching, query, filtered, pool, onCreate }: EmptyProps) {
  const { t } = useTranslation();
  const text = searching ? t('articles.list.empty.search', { query }) : filtered ? t('articles.list.empty.filtered') : pool ? t('articles.list.empty.pool') : t('articles.list.empty.none');
  return (
    <Empty data-testid="articles-empty" description={text} style={{ padding: '48px 0' }}>
      {!searching && !filtered && (
        <span className="articles-empty__actions">
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {t('articles.create.button')}
          </Button>
          <Button href={calendarRouteDef.href(calendarRoute())}>{t('articles.list.empty.toCalendar')}</Button>
        </span>
      )}
    </Empty>
  );
}
