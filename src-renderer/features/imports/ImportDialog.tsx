import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Segmented, Space, Spin, Typography, Upload } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowOutcome, SavedMapping } from '../../../src-shared/contract/imports';
import { errorText, type FailedCall } from '../../lib/field-errors';
import { downloadFile, readFileAsBase64 } from '../../lib/file-transfer';
import { MappingStep } from './MappingStep';
import { PreviewTable } from './PreviewTable';
import type { ImportFieldDef, ImportPreviewRow, ImportPreviewView, PreviewColumn } from './types';

// The one import dialog (calendar, benchmarks, later the work log): pick or drop a file, see how
// it was read, map its columns (saved mappings apply themselves; "保存此对应关系" saves one), check
// every row with its outcome and problems, download the rows that will not be imported, confirm.
// A view: the caller's store reads and commits; this only shows and asks.

export interface ImportDialogProps<Row extends ImportPreviewRow> {
  open: boolean;
  title: string;
  /** Prefix of the test ids (`calendar-import` → `calendar-import-dialog`, `-file`, `-row-5` …). */
  testId: string;
  limits: { maxBytes: number; maxRows: number };
  fields: readonly ImportFieldDef[];
  /** The preview table's columns between the row number and the problems. */
  columns: ReadonlyArray<PreviewColumn<Row>>;
  fileName: string | null;
  preview: ImportPreviewView<Row> | null;
  previewing: boolean;
  committing: boolean;
  error: FailedCall | null;
  /** Controls above the mapping (benchmarks: the account and the layout). */
  extra?: ReactNode;
  /** The confirm button's text for this many rows to write. */
  confirmLabel?: (count: number) => string;
  onPick(file: { fileName: string; base64: string }): void;
  onRemap(field: string, column: number | null): void;
  /** Every field at once (a saved mapping applied by hand). */
  onMapping?(mapping: Record<string, number | null>): void;
  onChooseAgain(): void;
  onConfirm(): void;
  onClose(): void;
  savedMappings?: readonly SavedMapping[];
  onSaveMapping?(name: string): Promise<boolean>;
  onDeleteMapping?(mapping: { id: string; name: string }): void;
}

type Shown = 'all' | RowOutcome;

/** How the file was read, in the words an operator knows: GB18030 is what Chinese Excel calls GBK. */
export function encodingName(preview: { format: string; encoding: string }): string {
  if (preview.format === 'xlsx') return 'Excel';
  return preview.encoding === 'gb18030' ? 'GBK' : preview.encoding.toUpperCase();
}

export function ImportDialog<Row extends ImportPreviewRow>(props: ImportDialogProps<Row>) {
  const { open, title, testId, limits, fields, columns, fileName, preview, previewing, committing, error, extra } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [shown, setShown] = useState<Shown>('all');
  const rows = useMemo(() => preview?.rows.filter((row) => shown === 'all' || row.outcome === shown) ?? [], [preview, shown]);
  const maxMb = limits.maxBytes / 1024 / 1024;
  const labelOf = (field: string) => fields.find((f) => f.key === field)?.label ?? field;
  const writes = preview ? preview.counts.valid : 0;
  const blocked = !writes || previewing || (preview?.unmapped?.length ?? 0) > 0;

  async function pick(picked: File) {
    if (picked.size > limits.maxBytes) return void message.error(t('validation.import.fileTooLarge', { maxMb }));
    setShown('all');
    props.onPick({ fileName: picked.name, base64: await readFileAsBase64(picked) });
  }

  const counts = preview?.counts;
  const outcomes: Array<[Shown, number]> = counts
    ? [
        ['all', preview.rows.length],
        ['create', counts.valid - (counts.update ?? 0)],
        ...(counts.update ? [['update', counts.update] as [Shown, number]] : []),
        ['duplicate', counts.duplicate],
        ['invalid', counts.invalid],
      ]
    : [];
  const footer = (
    <Space>
      {preview?.rejected && (
        <Button icon={<DownloadOutlined />} data-testid={`${testId}-download-rejected`} onClick={() => downloadFile(preview.rejected!)}>
          {t('imports.downloadRejected')}
        </Button>
      )}
      <Button onClick={props.onClose}>{t('common.cancel')}</Button>
      <Button type="primary" data-testid={`${testId}-confirm`} disabled={blocked} loading={committing} onClick={props.onConfirm}>
        {props.confirmLabel ? props.confirmLabel(writes) : t('imports.confirm', { count: writes })}
      </Button>
    </Space>
  );

  return (
    <Modal open={open} title={title} width={1080} onCancel={props.onClose} footer={preview ? footer : null} maskClosable={false} destroyOnHidden>
      <div data-testid={`${testId}-dialog`}>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} data-testid={`${testId}-error`} />}
        {extra && <div style={{ marginBottom: 12 }}>{extra}</div>}
        {!preview ? (
          <Spin spinning={previewing} description={t('imports.reading')}>
            <Upload.Dragger
              accept=".csv,.xlsx,.txt"
              showUploadList={false}
              beforeUpload={(picked) => {
                void pick(picked);
                return Upload.LIST_IGNORE; // read here, never uploaded
              }}
              data-testid={`${testId}-file`}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('imports.pick')}</p>
              <p className="ant-upload-hint">{t('imports.pickHint', { maxMb, maxRows: limits.maxRows })}</p>
            </Upload.Dragger>
          </Spin>
        ) : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong data-testid={`${testId}-file-info`}>
                {t('imports.fileInfo', { fileName, encoding: encodingName(preview), rows: preview.rows.length })}
              </Typography.Text>
              <Button size="small" type="link" onClick={props.onChooseAgain}>
                {t('imports.chooseAgain')}
              </Button>
            </Space>
            <MappingStep
              testId={testId}
              fields={fields}
              header={preview.header}
              mapping={preview.mapping}
              unmapped={preview.unmapped ?? []}
              disabled={previewing || committing}
              onChange={props.onRemap}
              applied={preview.savedMapping ?? null}
              saved={props.savedMappings}
              onApply={props.onMapping ? (saved) => props.onMapping!(applicable(saved.mapping, fields, preview.header.length)) : undefined}
              onSave={props.onSaveMapping}
              onDelete={props.onDeleteMapping}
            />
            <Segmented<Shown> data-testid={`${testId}-counts`} value={shown} onChange={setShown} options={outcomes.map(([key, count]) => ({ value: key, label: t(`imports.show.${key}`, { count }) }))} />
            <Spin spinning={previewing}>
              <PreviewTable<Row> testId={testId} rows={rows} columns={columns} fieldLabel={labelOf} />
            </Spin>
            {preview.rejected && <Typography.Text type="secondary">{t('imports.rejectedHint')}</Typography.Text>}
          </Space>
        )}
      </div>
    </Modal>
  );
}

/** A saved mapping over this file: every field, columns the file lacks left out. */
function applicable(mapping: Record<string, number | null>, fields: readonly ImportFieldDef[], columns: number): Record<string, number | null> {
  return Object.fromEntries(fields.map(({ key }) => [key, typeof mapping[key] === 'number' && mapping[key] < columns ? mapping[key] : null]));
}
