import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WORKLOG_IMPORT_BYTES, MAX_WORKLOG_IMPORT_ROWS, WorklogImportField, type WorklogImportPreview } from '../../../../src-shared/contract/worklog';
import { downloadFile } from '../../../lib/file-transfer';
import { useShowError } from '../../../lib/use-show-error';
import { ImportDialog } from '../../imports/ImportDialog';
import type { PreviewColumn } from '../../imports/types';
import { useWorklogTransfer, worklogTransferStore } from './store';

type PreviewRow = WorklogImportPreview['rows'][number];

const REQUIRED: readonly WorklogImportField[] = ['date', 'member', 'duration'];

/** 导入 (the one import dialog over the work log's import) and 导出 .xlsx/.csv of a range. */
export function WorklogTransfer({ range }: { range: { from: string; to: string } }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const file = useWorklogTransfer((s) => s.file);
  const preview = useWorklogTransfer((s) => s.preview);
  const previewing = useWorklogTransfer((s) => s.previewing);
  const committing = useWorklogTransfer((s) => s.committing);
  const error = useWorklogTransfer((s) => s.error);
  const store = () => worklogTransferStore().getState();

  const fields = useMemo(() => WorklogImportField.options.map((key) => ({ key, label: t(`worklog.fields.${key}`), required: REQUIRED.includes(key) })), [t]);
  const columns = useMemo<Array<PreviewColumn<PreviewRow>>>(() => WorklogImportField.options.map((key) => ({ key, title: t(`worklog.fields.${key}`), width: key === 'note' ? undefined : 100 })), [t]);

  function close() {
    setOpen(false);
    store().reset();
  }

  async function confirm() {
    const result = await store().commit();
    if (!result.ok) return showError(result.error);
    void message.success(t('worklog.import.done', result.data));
    close();
  }

  async function exportAs(format: 'xlsx' | 'csv') {
    const result = await store().exportRange(range, format);
    if (!result.ok) return showError(result.error);
    downloadFile(result.data);
    void message.success(t('worklog.export.done', { name: result.data.fileName }));
  }

  return (
    <Space>
      <Button data-testid="worklog-import" icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('worklog.import.button')}
      </Button>
      <Dropdown menu={{ items: (['xlsx', 'csv'] as const).map((format) => ({ key: format, label: t(`worklog.export.${format}`), onClick: () => void exportAs(format) })) }}>
        <Button data-testid="worklog-export" icon={<DownloadOutlined />}>
          {t('worklog.export.button')}
        </Button>
      </Dropdown>
      <ImportDialog<PreviewRow>
        open={open}
        title={t('worklog.import.title')}
        testId="worklog-import"
        limits={{ maxBytes: MAX_WORKLOG_IMPORT_BYTES, maxRows: MAX_WORKLOG_IMPORT_ROWS }}
        fields={fields}
        columns={columns}
        fileName={file?.fileName ?? null}
        preview={preview}
        previewing={previewing}
        committing={committing}
        error={error}
        confirmLabel={(count) => t('worklog.import.confirm', { count })}
        onPick={(picked) => void store().open(picked)}
        onRemap={(field, column) => void store().remap(field, column)}
        onMapping={(mapping) => void store().applyMapping(mapping)}
        onChooseAgain={() => store().reset()}
        onConfirm={() => void confirm()}
        onClose={close}
      />
    </Space>
  );
}
