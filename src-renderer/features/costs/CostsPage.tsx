import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostItem } from '../../../src-shared/contract/costs';
import { useUndoable } from '../../components/use-undo';
import { downloadFile } from '../../lib/file-transfer';
import { useShortcut } from '../../lib/use-shortcut';
import { useShowError } from '../../lib/use-show-error';
import { CostFilters } from './CostFilters';
import { CostFormDrawer } from './CostFormDrawer';
import { CostsTable } from './CostsTable';
import { CostTotalsPanel } from './CostTotalsPanel';
import { costsStore, useCosts } from './store';

/** 费用: the lines of a period with filters, their totals, add/edit, bulk delete with undo, .xlsx export. */
export function CostsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const undoable = useUndoable();
  const showError = useShowError();
  const state = useCosts((s) => s);
  const [selected, setSelected] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  // undefined: closed; null: a new line.
  const [editing, setEditing] = useState<CostItem | null | undefined>(undefined);
  useShortcut('n', () => setEditing(null));

  useEffect(() => {
    if (!costsStore().getState().loaded) void costsStore().getState().load();
  }, []);

  const { setFilter, setPeriod, setPage, remove, restore } = costsStore().getState();

  async function removeSelected() {
    const ids = selected;
    const done = await undoable(
      () => remove(ids),
      t('costs.deleted', { count: ids.length }),
      () => restore(ids),
    );
    if (done) setSelected([]);
  }

  async function exportXlsx() {
    setExporting(true);
    const result = await costsStore().getState().exportXlsx({ from: state.period.from, to: state.period.to });
    setExporting(false);
    if (!result.ok) return showError(result.error);
    downloadFile(result.data);
    void message.success(t('costs.exported', { fileName: result.data.fileName }));
  }

  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} data-testid="cost-create" title={t('shortcuts.create')} onClick={() => setEditing(null)}>
      {t('costs.create')}
    </Button>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('costs.title')}
        </Typography.Title>
        <Space>
          <Button icon={<DownloadOutlined />} loading={exporting} data-testid="cost-export" onClick={() => void exportXlsx()}>
            {t('costs.exportXlsx')}
          </Button>
          {createButton}
        </Space>
      </Space>
      <CostFilters period={state.period} onPeriod={(p) => void setPeriod(p)} filter={state.filter} onFilter={(patch) => void setFilter(patch)} activities={state.activities} />
      <CostTotalsPanel totals={state.totals} />
      <Card styles={{ body: { padding: 0 } }}>
        {selected.length > 0 && (
          <Space style={{ padding: '8px 12px' }}>
            <Button danger icon={<DeleteOutlined />} data-testid="cost-delete-selected" onClick={() => void removeSelected()}>
              {t('costs.deleteSelected', { count: selected.length })}
            </Button>
          </Space>
        )}
        {state.loaded && state.total === 0 ? (
          <Empty data-testid="costs-empty" style={{ padding: 32 }} description={t('costs.empty')}>
            {createButton}
          </Empty>
        ) : (
          <CostsTable
            items={state.items}
            total={state.total}
            page={state.page}
            pageSize={state.pageSize}
            loading={state.loading}
            selected={selected}
            onSelect={setSelected}
            onPage={(page, size) => void setPage(page, size)}
            edit={setEditing}
          />
        )}
      </Card>
      <CostFormDrawer open={editing !== undefined} item={editing ?? null} onClose={() => setEditing(undefined)} />
    </>
  );
}
