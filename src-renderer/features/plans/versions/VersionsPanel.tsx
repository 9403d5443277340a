import { Alert, Button, Empty, Modal, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanExport, PlanExportSummary } from '../../../../src-shared/contract/plans';
import { DocPreview } from '../../../components/DocPreview';
import type { ApiCallError } from '../../../lib/api';
import { errorText } from '../../../lib/field-errors';
import { formatDateTime } from '../../../lib/format';
import { composerStore, useComposer } from '../composer/store';
import { VersionCompare } from './VersionCompare';

/** A recorded export, read once it is opened. */
function useRecordedExport(exportId: string): { record: PlanExport | null; error: ApiCallError | null } {
  const [state, setState] = useState<{ record: PlanExport | null; error: ApiCallError | null }>({ record: null, error: null });
  useEffect(() => {
    let current = true;
    void composerStore()
      .getState()
      .readExport(exportId)
      .then((result) => current && setState(result.ok ? { record: result.data, error: null } : { record: null, error: result.error }));
    return () => void (current = false);
  }, [exportId]);
  return state;
}

/** 老板收到的版本: what an export held, drawn as the preview draws the plan now. */
function RecordedVersion({ summary, onClose }: { summary: PlanExportSummary; onClose(): void }) {
  const { t } = useTranslation();
  const { record, error } = useRecordedExport(summary.id);
  return (
    <Modal open width={900} footer={null} onCancel={onClose} title={t('plans.versions.openTitle', { title: summary.title, when: formatDateTime(summary.exportedAt) })}>
      {error && <Alert type="error" showIcon message={errorText(t, error)} />}
      {!record && !error && <Spin />}
      {record && (
        <div className="plans-version-preview">
          <DocPreview model={record.snapshot} testId="plan-version-preview" />
        </div>
      )}
    </Modal>
  );
}

/** 导出记录: each export (when, who, format, title); open one, or tick two and compare them. */
export function VersionsPanel() {
  const { t } = useTranslation();
  const exports = useComposer((s) => s.exports);
  const loaded = useComposer((s) => s.exportsLoaded);
  const [selected, setSelected] = useState<string[]>([]);
  const [opened, setOpened] = useState<PlanExportSummary | null>(null);
  const [comparing, setComparing] = useState<[PlanExportSummary, PlanExportSummary] | null>(null);

  const compare = () => {
    // Older first: the diff reads as what changed since.
    const pair = exports.filter((e) => selected.includes(e.id)).sort((a, b) => a.exportedAt.localeCompare(b.exportedAt));
    if (pair.length === 2) setComparing([pair[0]!, pair[1]!]);
  };
  const columns: TableColumnsType<PlanExportSummary> = [
    { title: t('plans.versions.exportedAt'), dataIndex: 'exportedAt', width: 164, render: (at: string) => formatDateTime(at) },
    // An export made where no member was at the keyboard (the CLI without --user) names no one.
    { title: t('plans.versions.exportedBy'), dataIndex: 'exportedBy', width: 84, ellipsis: true, render: (by: string) => by || t('common.none') },
    { title: t('plans.versions.format'), dataIndex: 'format', width: 96, render: (format: PlanExportSummary['format']) => <Tag>{t(`plans.versions.format_${format}`)}</Tag> },
    { title: t('plans.versions.docTitle'), dataIndex: 'title', ellipsis: true },
    {
      title: t('common.actions'),
      key: 'open',
      width: 64,
      render: (_, row) => (
        <Button type="link" size="small" data-testid="plan-version-open" onClick={() => setOpened(row)}>
          {t('plans.versions.open')}
        </Button>
      ),
    },
  ];

  if (loaded && exports.length === 0) return <Empty data-testid="plan-versions-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="plans-empty-text">{t('plans.versions.empty')}</span>} />;
  return (
    <div data-testid="plan-versions">
      <Space style={{ marginBottom: 12 }}>
        <Button disabled={selected.length !== 2} data-testid="plan-versions-compare" onClick={compare}>
          {t('plans.versions.compare')}
        </Button>
        {selected.length !== 2 && <Typography.Text type="secondary">{t('plans.versions.compareHint')}</Typography.Text>}
      </Space>
      <Table<PlanExportSummary>
        rowKey="id"
        size="small"
        data-testid="plan-versions-table"
        loading={!loaded}
        columns={columns}
        dataSource={exports}
        pagination={exports.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          hideSelectAll: true,
          // Two versions are compared at a time.
          getCheckboxProps: (row) => ({ disabled: selected.length >= 2 && !selected.includes(row.id), 'data-testid': 'plan-version-select' }) as object,
        }}
      />
      {opened && <RecordedVersion summary={opened} onClose={() => setOpened(null)} />}
      {comparing && <VersionCompare from={comparing[0]} to={comparing[1]} onClose={() => setComparing(null)} />}
    </div>
  );
}
