import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Segmented, Space, Spin, Tooltip, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, MAX_IMPORT_ROWS, type PreviewRow } from '../../../../src-shared/contract/calendar-transfer';
import { errorText } from '../../../lib/field-errors';
import { readFileAsBase64 } from '../../../lib/file-transfer';
import { useShowError } from '../../../lib/use-show-error';
import { useItemActions } from '../use-item-actions';
import { MappingFields } from './MappingFields';
import { PreviewTable } from './PreviewTable';
import { calendarTransferStore, useCalendarTransfer } from './store';

type Shown = 'all' | 'valid' | 'invalid' | 'duplicate';

const SHOWN_ROWS: Record<Shown, (row: PreviewRow) => boolean> = {
  all: () => true,
  valid: (row) => !row.duplicate && row.item !== null,
  invalid: (row) => !row.duplicate && row.item === null,
  duplicate: (row) => row.duplicate,
};

/** 导入: a button opening the import of a .csv/.xlsx file: pick, map the columns, check the rows, import. */
/** How the file was read, in the words an operator knows: GB18030 is what Chinese Excel calls GBK. */
function encodingName(preview: { format: string; encoding: string }): string {
  if (preview.format === 'xlsx') return 'Excel';
  return preview.encoding === 'gb18030' ? 'GBK' : preview.encoding.toUpperCase();
}

export function ImportDialog() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const actions = useItemActions();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<Shown>('all');
  const file = useCalendarTransfer((s) => s.file);
  const preview = useCalendarTransfer((s) => s.preview);
  const previewing = useCalendarTransfer((s) => s.previewing);
  const committing = useCalendarTransfer((s) => s.committing);
  const error = useCalendarTransfer((s) => s.error);
  const rows = useMemo(() => preview?.rows.filter(SHOWN_ROWS[shown]) ?? [], [preview, shown]);

  function close() {
    setOpen(false);
    setShown('all');
    calendarTransferStore().getState().reset();
  }

  async function pick(picked: File) {
    if (picked.size > MAX_IMPORT_BYTES) return void message.error(t('validation.import.fileTooLarge', { maxMb: MAX_IMPORT_MB }));
    setShown('all');
    await calendarTransferStore()
      .getState()
      .open({ fileName: picked.name, base64: await readFileAsBase64(picked) });
  }

  async function confirm() {
    const result = await calendarTransferStore().getState().commit();
    if (!result.ok) return showError(result.error);
    void actions.imported(result.data);
    close();
  }

  const counts = preview?.counts;
  const footer = (
    <Space>
      <Button onClick={close}>{t('common.cancel')}</Button>
      <Button type="primary" data-testid="calendar-import-confirm" disabled={!counts?.valid || previewing} loading={committing} onClick={() => void confirm()}>
        {t('calendarTransfer.confirm', { count: counts?.valid ?? 0 })}
      </Button>
    </Space>
  );

  return (
    <>
      <Tooltip title={t('calendarTransfer.import')}>
        <Button data-testid="calendar-import" icon={<UploadOutlined />} onClick={() => setOpen(true)} aria-label={t('calendarTransfer.import')}>
          <span className="cal-label--secondary">{t('calendarTransfer.import')}</span>
        </Button>
      </Tooltip>
      <Modal open={open} title={t('calendarTransfer.title')} width={1040} onCancel={close} footer={preview ? footer : null} maskClosable={false}>
        <div data-testid="calendar-import-dialog">
          {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} data-testid="calendar-import-error" />}
          {!preview ? (
            <Spin spinning={previewing} description={t('calendarTransfer.reading')}>
              <Upload.Dragger
                accept=".csv,.xlsx"
                showUploadList={false}
                beforeUpload={(picked) => {
                  void pick(picked);
                  return Upload.LIST_IGNORE; // read here, never uploaded
                }}
                data-testid="calendar-import-file"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('calendarTransfer.pick')}</p>
                <p className="ant-upload-hint">{t('calendarTransfer.pickHint', { maxMb: MAX_IMPORT_MB, maxRows: MAX_IMPORT_ROWS })}</p>
              </Upload.Dragger>
            </Spin>
          ) : (
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{t('calendarTransfer.fileInfo', { fileName: file?.fileName, encoding: encodingName(preview), rows: preview.rows.length })}</Typography.Text>
                <Button size="small" type="link" onClick={() => calendarTransferStore().getState().reset()}>
                  {t('calendarTransfer.chooseAgain')}
                </Button>
              </Space>
              <Typography.Text type="secondary">{t('calendarTransfer.mapping')}</Typography.Text>
              <MappingFields header={preview.header} mapping={preview.mapping} disabled={previewing || committing} onChange={(field, column) => void calendarTransferStore().getState().remap(field, column)} />
              <Segmented<Shown>
                data-testid="calendar-import-counts"
                value={shown}
                onChange={setShown}
                options={(['all', 'valid', 'invalid', 'duplicate'] as const).map((key) => ({
                  value: key,
                  label: t(`calendarTransfer.show.${key}`, { count: key === 'all' ? preview.rows.length : preview.counts[key] }),
                }))}
              />
              <Spin spinning={previewing}>
                <PreviewTable rows={rows} />
              </Spin>
            </Space>
          )}
        </div>
      </Modal>
    </>
  );
}
