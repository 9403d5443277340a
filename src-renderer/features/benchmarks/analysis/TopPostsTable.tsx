import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PostWithAccount } from '../../../../src-shared/contract/benchmarks';
import { AccountCell } from './AccountCell';
import { Count } from './figures-format';

/** An article's title, a link when its address is known (opened outside the app). */
export function PostTitle({ post }: { post: PostWithAccount }) {
  return post.url ? (
    <Typography.Link href={post.url} target="_blank" rel="noreferrer" data-testid="post-title">
      {post.title}
    </Typography.Link>
  ) : (
    <span data-testid="post-title">{post.title}</span>
  );
}

/** The best-read articles: title (link), account, reads, 在看, date, position and type. */
export function TopPostsTable({ posts, loading }: { posts: PostWithAccount[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: ColumnsType<PostWithAccount> = [
    { key: 'index', title: '#', width: 44, align: 'center', render: (_, __, index) => index + 1 },
    { key: 'title', title: t('benchAnalysis.top.title'), render: (_, post) => <PostTitle post={post} /> },
    { key: 'account', title: t('benchAnalysis.top.account'), width: 180, render: (_, post) => <AccountCell account={post.account} /> },
    { key: 'reads', title: t('benchAnalysis.top.reads'), width: 90, align: 'right', render: (_, post) => <Count value={post.reads} /> },
    { key: 'zaikan', title: t('benchAnalysis.top.zaikan'), width: 70, align: 'right', render: (_, post) => <Count value={post.zaikan} /> },
    { key: 'date', title: t('benchAnalysis.top.date'), width: 100, render: (_, post) => post.publishedAt.slice(0, 10) },
    {
      key: 'position',
      title: t('benchAnalysis.top.position'),
      width: 70,
      render: (_, post) => (post.position === 1 ? t('benchAnalysis.top.headline') : t('benchAnalysis.top.nth', { n: post.position })),
    },
    { key: 'type', title: t('benchAnalysis.top.type'), width: 100, render: (_, post) => post.kind || <Typography.Text type="secondary">{t('benchAnalysis.top.untyped')}</Typography.Text> },
  ];
  return (
    <Table<PostWithAccount>
      data-testid="top-posts"
      size="small"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={posts}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('benchAnalysis.top.empty') }}
    />
  );
}
