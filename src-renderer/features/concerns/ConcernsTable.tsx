import { Button, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONCERN_CATEGORIES, CONCERN_STATUSES, type Concern, type ConcernCategory, type ConcernStatus } from '../../../src-shared/contract/concerns';
import type { ListTableProps } from '../../components/ListPage';
import { articleHref } from '../articles/route';
import { CategoryTag, ConcernStatusTag } from './concern-tags';

export interface ConcernFilters {
  category?: ConcernCategory;
  status?: ConcernStatus;
}

interface Props extends ListTableProps<Concern> {
  loading: boolean;
  filters: ConcernFilters;
  onFilters: (filters: ConcernFilters) => void;
  onBump: (concern: Concern) => void;
}

/** The concerns with their filters by category and status; +1 counts another message at once. */
export function ConcernsTable({ rows, edit, remove, loading, filters, onFilters, onBump }: Props) {
  const { t } = useTranslation();
  const shown = rows.filter((c) => (!filters.category || c.category === filters.category) && (!filters.status || c.status === filters.status));
  const columns: TableColumnsType<Concern> = [
    {
      title: t('concerns.column.topic'),
      key: 'topic',
      render: (_, row) => (
        <div>
          <a data-testid="concern-topic" onClick={() => edit(row)}>
            {row.topic}
          </a>
          {row.examples && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ margin: 0, fontSize: 12 }}>
              {row.examples.split('\n')[0]}
            </Typography.Paragraph>
          )}
        </div>
      ),
    },
    { title: t('concerns.column.category'), dataIndex: 'category', width: 76, render: (category: ConcernCategory) => <CategoryTag category={category} /> },
    {
      title: t('concerns.column.frequency'),
      dataIndex: 'frequency',
      width: 104,
      sorter: (a, b) => a.frequency - b.frequency,
      render: (frequency: number, row) => (
        <Space size={4}>
          <span data-testid="concern-frequency" style={{ display: 'inline-block', minWidth: 28, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
            {frequency}
          </span>
          <Button size="small" data-testid="concern-bump" title={t('concerns.bumpTitle')} onClick={() => onBump(row)}>
            {t('concerns.bump')}
          </Button>
        </Space>
      ),
    },
    { title: t('concerns.column.status'), dataIndex: 'status', width: 84, render: (status: ConcernStatus) => <ConcernStatusTag status={status} /> },
    { title: t('concerns.column.firstSeen'), dataIndex: 'firstSeen', width: 100, sorter: (a, b) => a.firstSeen.localeCompare(b.firstSeen) },
    {
      title: t('concerns.column.articles'),
      key: 'articles',
      width: 180,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          {row.articles.map((article) => (
            <Typography.Link key={article.id} href={articleHref(article.id)} title={t('concerns.openArticle', { title: article.title })} ellipsis style={{ maxWidth: 170 }} data-testid="concern-article">
              {article.title}
            </Typography.Link>
          ))}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" data-testid="concern-edit" onClick={() => edit(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t('concerns.deleteConfirm', { topic: row.topic })} onConfirm={() => remove(row)} okText={t('common.delete')} cancelText={t('common.cancel')}>
            <Button type="link" size="small" danger data-testid="concern-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space style={{ padding: '12px 16px' }}>
        <Select
          data-testid="concerns-filter-category"
          allowClear
          style={{ width: 130 }}
          placeholder={t('concerns.column.category')}
          value={filters.category}
          onChange={(category?: ConcernCategory) => onFilters({ ...filters, category })}
          options={CONCERN_CATEGORIES.map((c) => ({ value: c, label: t(`concerns.category.${c}`) }))}
        />
        <Select
          data-testid="concerns-filter-status"
          allowClear
          style={{ width: 130 }}
          placeholder={t('concerns.column.status')}
          value={filters.status}
          onChange={(status?: ConcernStatus) => onFilters({ ...filters, status })}
          options={CONCERN_STATUSES.map((s) => ({ value: s, label: t(`concerns.status.${s}`) }))}
        />
      </Space>
      <Table<Concern>
        data-testid="concerns-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('concerns.noMatch') }}
      />
    </>
  );
}
