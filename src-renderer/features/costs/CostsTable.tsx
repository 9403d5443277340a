import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CostItem } from '../../../src-shared/contract/costs';
import { formatFen } from '../../../src-shared/domain/money/money';
import { ImportanceTag } from './ImportanceTag';

interface CostsTableProps {
  items: CostItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
  onPage: (page: number, pageSize: number) => void;
  edit: (item: CostItem) => void;
}

const money = { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' };

/** One page of cost lines (the server pages: 100,000 lines cost one page's rendering). */
export function CostsTable({ items, total, page, pageSize, loading, selected, onSelect, onPage, edit }: CostsTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CostItem> = [
    { title: t('costs.columns.date'), dataIndex: 'date', width: 110 },
    {
      title: t('costs.columns.name'),
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string, item) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => edit(item)} data-testid="cost-row-name">
          {name}
        </Button>
      ),
    },
    { title: t('costs.columns.category'), dataIndex: 'category', width: 100, render: (c: CostItem['category']) => t(`costs.category.${c}`) },
    {
      title: t('costs.columns.activity'),
      dataIndex: 'activityName',
      width: 150,
      ellipsis: true,
      render: (name: string, item) => (item.activityId ? name : <Tag bordered={false}>{t('costs.periodItem')}</Tag>),
    },
    { title: t('costs.columns.unit'), dataIndex: 'unitFen', width: 120, onCell: () => ({ style: money }), render: (fen: number) => formatFen(fen) },
    { title: t('costs.columns.quantity'), dataIndex: 'quantity', width: 70, onCell: () => ({ style: money }) },
    { title: t('costs.columns.amount'), dataIndex: 'amountFen', width: 130, onCell: () => ({ style: { ...money, fontWeight: 500 } }), render: (fen: number) => formatFen(fen) },
    { title: t('costs.columns.importance'), dataIndex: 'importance', width: 90, render: (i: CostItem['importance']) => <ImportanceTag importance={i} /> },
    { title: t('costs.columns.paid'), dataIndex: 'paid', width: 80, render: (paid: boolean) => (paid ? <Tag color="green">{t('costs.paid.yes')}</Tag> : <Tag>{t('costs.paid.no')}</Tag>) },
    { title: t('costs.columns.department'), dataIndex: 'department', width: 110, ellipsis: true },
  ];
  return (
    <Table<CostItem>
      data-testid="costs-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onSelect(keys.map(String)) }}
      onRow={(item) => ({ 'data-testid': `cost-row-${item.id}`, onDoubleClick: () => edit(item) }) as React.HTMLAttributes<HTMLElement>}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (n) => t('costs.totals.count', { count: n }), onChange: onPage }}
      scroll={{ x: 1100 }}
    />
  );
}
