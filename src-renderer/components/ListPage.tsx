import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Space, Typography, type InputRef } from 'antd';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveResult } from '../lib/result';
import { useShortcut } from '../lib/use-shortcut';
import { useUndoable } from './use-undo';

/** What a list page's table is given: the rows that match the search, and what its buttons do. */
export interface ListTableProps<Row> {
  rows: Row[];
  edit: (row: Row) => void;
  /** Deletes at once, with 撤销 in the message. */
  remove: (row: Row) => void;
}

/** The store's delete and its undo (a `createListStore` store has both). */
export interface RemoveActions {
  remove(id: string): Promise<SaveResult<unknown>>;
  restore(id: string): Promise<SaveResult<unknown>>;
}

interface ListPageProps<Row extends { id: string }> {
  title: string;
  /** Test ids: `<testId>-search`, `<testId>-empty`. */
  testId: string;
  rows: Row[];
  loaded: boolean;
  /** The texts of a row the search looks in (any part, any case); keep it stable (module level). */
  searchFields: (row: Row) => string[];
  searchPlaceholder: string;
  createLabel: string;
  createTestId: string;
  /** What the empty page says, above its create button. */
  emptyText: string;
  actions: RemoveActions;
  /** The message after a delete (已删除「…」), shown with 撤销. */
  removedText: (row: Row) => string;
  table: (props: ListTableProps<Row>) => ReactNode;
  /** The create (row null) and edit drawer. */
  drawer: (props: { open: boolean; row: Row | null; onClose: () => void }) => ReactNode;
  /** Controls shown before the search (a status filter); the table applies them to its rows. */
  filters?: ReactNode;
}

/**
 * A domain's list screen: a header with the title, a search (`/`) and a create button (`N`), the
 * table or an empty state inviting the first row, deletes with undo, and the create/edit drawer.
 */
export function ListPage<Row extends { id: string }>({
  title,
  testId,
  rows,
  loaded,
  searchFields,
  searchPlaceholder,
  createLabel,
  createTestId,
  emptyText,
  actions,
  removedText,
  table,
  drawer,
  filters,
}: ListPageProps<Row>) {
  const { t } = useTranslation();
  const undoable = useUndoable();
  const [query, setQuery] = useState('');
  // undefined: closed; null: a new row.
  const [editing, setEditing] = useState<Row | null | undefined>(undefined);
  const search = useRef<InputRef>(null);
  useShortcut('n', () => setEditing(null));
  useShortcut('/', () => search.current?.focus());

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? rows.filter((row) => searchFields(row).some((field) => field.toLowerCase().includes(q))) : rows;
  }, [rows, query, searchFields]);

  const remove = (row: Row) =>
    void undoable(
      () => actions.remove(row.id),
      removedText(row),
      () => actions.restore(row.id),
    );

  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} data-testid={createTestId} title={t('shortcuts.create')} onClick={() => setEditing(null)}>
      {createLabel}
    </Button>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space>
          {filters}
          <Input
            allowClear
            ref={search}
            data-testid={`${testId}-search`}
            title={t('shortcuts.search')}
            prefix={<SearchOutlined />}
            placeholder={searchPlaceholder}
            style={{ width: 280 }}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {createButton}
        </Space>
      </Space>
      {loaded && rows.length === 0 ? (
        <Card>
          <Empty data-testid={`${testId}-empty`} description={emptyText}>
            {createButton}
          </Empty>
        </Card>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>{table({ rows: visible, edit: setEditing, remove })}</Card>
      )}
      {drawer({ open: editing !== undefined, row: editing ?? null, onClose: () => setEditing(undefined) })}
    </>
  );
}
