import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../src-shared/contract/columns';
import { useUndoable } from '../../components/use-undo';
import { useShowError } from '../../lib/use-show-error';
import { useTeam } from '../team/store';
import { describeCadence } from './cadence-text';
import { ColumnFormDrawer } from './ColumnFormDrawer';
import { columnsStore, useColumns } from './store';

const NONE: Column[] = [];

/** The columns of an account on `platform` (its push limits apply to their cadences). */
export function ColumnsTab({ accountId, platform }: { accountId: string; platform: string }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const undoable = useUndoable();
  const columns = useColumns((s) => s.byAccount[accountId] ?? NONE);
  const loaded = useColumns((s) => accountId in s.byAccount);
  const members = useTeam((s) => s.rows);
  const [editing, setEditing] = useState<Column | null | undefined>(undefined);

  useEffect(() => {
    void columnsStore().getState().load(accountId);
  }, [accountId]);

  function remove(column: Column) {
    const store = columnsStore().getState();
    void undoable(
      () => store.remove(column),
      t('columns.deleted', { name: column.name }),
      () => store.restore(column.id),
    );
  }

  async function move(column: Column, delta: -1 | 1) {
    const result = await columnsStore().getState().move(accountId, column.id, delta);
    if (!result.ok) showError(result.error);
  }

  const tableColumns: TableColumnsType<Column> = [
    { title: t('columns.form.name'), dataIndex: 'name', width: 180 },
    { title: t('columns.form.purpose'), dataIndex: 'purpose', ellipsis: true },
    { title: t('columns.form.cadence'), dataIndex: 'cadence', width: 200, render: (_, row) => describeCadence(row.cadence, t) },
    { title: t('columns.form.owner'), dataIndex: 'ownerId', width: 120, render: (id: string | null) => members.find((m) => m.id === id)?.name ?? '' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 260,
      render: (_, row, index) => (
        <Space size={0}>
          <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={t('columns.moveUp')} data-testid="column-up" onClick={() => void move(row, -1)} />
          <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={index === columns.length - 1} aria-label={t('columns.moveDown')} data-testid="column-down" onClick={() => void move(row, 1)} />
          <Button type="link" size="small" data-testid="column-edit" onClick={() => setEditing(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t('columns.deleteConfirm', { name: row.name })} onConfirm={() => remove(row)} okText={t('common.delete')} cancelText={t('common.cancel')}>
            <Button type="link" size="small" danger data-testid="column-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} data-testid="column-create" onClick={() => setEditing(null)}>
      {t('columns.create')}
    </Button>
  );

  return (
    <>
      {loaded && columns.length === 0 ? (
        <Empty data-testid="columns-empty" description={t('columns.empty')}>
          {createButton}
        </Empty>
      ) : (
        <>
          <div style={{ textAlign: 'right', marginBottom: 12 }}>{createButton}</div>
          <Table<Column> data-testid="columns-table" rowKey="id" size="middle" loading={!loaded} columns={tableColumns} dataSource={columns} pagination={false} />
        </>
      )}
      <ColumnFormDrawer open={editing !== undefined} accountId={accountId} platform={platform} siblings={columns} column={editing ?? null} onClose={() => setEditing(undefined)} />
    </>
  );
}
