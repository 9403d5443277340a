import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import type { ArticleSummary } from '../../../src-shared/contract/articles';
import type { Column } from '../../../src-shared/contract/columns';
import type { Member } from '../../../src-shared/contract/team';
import { AccountLabel, MissingAccountLabel } from '../../components/AccountLabel';
import { formatDateTime } from '../../lib/format';
import { Highlighted } from './Highlighted';
import { articleHref } from './route';
import { StatusTag } from './StatusTag';
import type { SearchHit } from './store';

/** A row of the table: an article, and how the search matched it when the list is a search's hits. */
export interface ArticleRow {
  article: ArticleSummary;
  hit?: SearchHit;
}

interface Props {
  rows: ArticleRow[];
  accounts: Account[];
  columns: Column[];
  members: Member[];
  loading: boolean;
  /** The rows are a search's hits, best first: no default sort. */
  searching: boolean;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** 稿件 as a table: title (the search's highlights under it), account, column, date or 选题库, status, owner, author, 字数, updated. */
export function ArticlesTable({ rows, accounts, columns, members, loading, searching }: Props) {
  const { t } = useTranslation();
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const columnById = new Map(columns.map((c) => [c.id, c]));
  const memberById = new Map(members.map((m) => [m.id, m]));
  const tableColumns: TableColumnsType<ArticleRow> = [
    {
      title: t('articles.list.columns.title'),
      key: 'title',
      // No width: the title takes what the other columns leave (≈ 290 px at 1366×768).
      sorter: (a, b) => byText(a.article.title, b.article.title),
      render: (_, { article, hit }) => (
        <div className="articles-title">
          <a href={articleHref(article.id)} data-testid="article-link" title={article.title}>
            {hit ? <Highlighted parts={hit.title} testId="article-hit-title" /> : article.title}
          </a>
          {hit && hit.snippet.length > 0 && <Highlighted parts={hit.snippet} className="articles-title__snippet" testId="article-hit-snippet" />}
        </div>
      ),
    },
    {
      title: t('articles.list.columns.account'),
      key: 'account',
      width: 180,
      ellipsis: true,
      render: (_, { article }) => {
        const account = accountById.get(article.accountId);
        return account ? <AccountLabel name={account.name} platform={account.platform} /> : <MissingAccountLabel />;
      },
    },
    {
      title: t('articles.list.columns.column'),
      key: 'column',
      width: 100,
      ellipsis: true,
      render: (_, { article }) => (article.columnId ? (columnById.get(article.columnId)?.name ?? '') : ''),
    },
    {
      title: t('articles.list.columns.date'),
      key: 'date',
      width: 104,
      sorter: (a, b) => byText(a.article.date || '9999', b.article.date || '9999'),
      render: (_, { article }) => (article.date ? article.date : <span className="articles-pool">{t('articles.page.pool')}</span>),
    },
    {
      title: t('articles.list.columns.status'),
      key: 'status',
      width: 84,
      render: (_, { article }) => <StatusTag status={article.status} />,
    },
    {
      title: t('articles.list.columns.owner'),
      key: 'owner',
      width: 80,
      ellipsis: true,
      render: (_, { article }) => (article.ownerId ? (memberById.get(article.ownerId)?.name ?? '') : ''),
    },
    { title: t('articles.list.columns.author'), key: 'author', width: 80, ellipsis: true, render: (_, { article }) => article.author },
    {
      title: t('articles.list.columns.chars'),
      key: 'chars',
      width: 76,
      align: 'right',
      sorter: (a, b) => a.article.chars - b.article.chars,
      render: (_, { article }) => article.chars.toLocaleString(),
    },
    {
      title: t('articles.list.columns.updated'),
      key: 'updated',
      width: 136,
      defaultSortOrder: searching ? undefined : 'descend',
      sorter: (a, b) => byText(a.article.updatedAt, b.article.updatedAt),
      render: (_, { article }) => formatDateTime(article.updatedAt).slice(0, 16),
    },
  ];
  return (
    <Table<ArticleRow>
      // Remounted between the list and the hits, so the hits keep their order and the list its sort.
      key={searching ? 'hits' : 'list'}
      data-testid="articles-table"
      size="middle"
      rowKey={(row) => row.article.id}
      columns={tableColumns}
      dataSource={rows}
      loading={loading}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      tableLayout="fixed"
    />
  );
}
