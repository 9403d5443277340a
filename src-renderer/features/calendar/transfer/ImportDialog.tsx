import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportField, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type PreviewRow } from '../../../../src-shared/contract/calendar-transfer';
import { useShowError } from '../../../lib/use-show-error';
import { ImportDialog as ImportDialogView } from '../../imports/ImportDialog';
import { importMappingsStore, useImportMappings } from '../../imports/store';
import type { PreviewColumn } from '../../imports/types';
import { useItemActions } from '../use-item-actions';
import { calendarTransferStore, useCalendarTransfer } from './store';

/** Fields a calendar file must map: an item needs its account and title. */
const REQUIRED: readonly ImportField[] = ['account', 'title'];

/** The fields shown in the preview, with their widths (the title takes what is left). */
const SHOWN: Array<[ImportField, number | undefined]> = [
  ['date', 96],
  ['time', 56],
  ['account', 150],
  ['slot', 60],
  ['title', undefined],
  ['status', 70],
  ['owner', 70],
];

/** 导入: a button opening the one import dialog (features/imports) over the calendar's import. */
export function ImportDialog() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const actions = useItemActions();
  const [open, setOpen] = useState(false);
  const file = useCalendarTransfer((s) => s.file);
  const preview = useCalendarTransfer((s) => s.preview);
  const previewing = useCalendarTransfer((s) => s.previewing);
  const committing = useCalendarTransfer((s) => s.committing);
  const error = useCalendarTransfer((s) => s.error);
  const savedMappings = useImportMappings((s) => s.mappings);
  const store = () => calendarTransferStore().getState();

  const fields = useMemo(() => ImportField.options.map((key) => ({ key, label: t(`calendarTransfer.fields.${key}`), required: REQUIRED.includes(key) })), [t]);
  // A parsed date or time shows as the calendar will have it (2026/10/1 → 2026-10-01, an Excel
  // time cell → 20:00; no date → the pool); other cells as the file has them.
  const columns = useMemo<Array<PreviewColumn<PreviewRow>>>(
    () =>
      SHOWN.map(([key, width]) => ({
        key,
        width,
        title: t(`calendarTransfer.fields.${key}`),
        render: (row) => (key === 'date' && row.item ? row.item.date || t('calendarTransfer.pool') : key === 'time' && row.item ? row.item.time : row.cells[key]),
      })),
    [t],
  );

  function show() {
    setOpen(true);
    void importMappingsStore().getState().load('calendar');
  }

  function close() {
    setOpen(false);
    store().reset();
  }

  async function confirm() {
    const result = await store().commit();
    if (!result.ok) return showError(result.error);
    void actions.imported(result.data);
    close();
  }

  async function saveMapping(name: string): Promise<boolean> {
    if (!preview) return false;
    const result = await importMappingsStore().getState().save({ target: 'calendar', name, header: preview.header, mapping: preview.mapping });
    if (!result.ok) {
      showError(result.error);
      return false;
    }
    void message.success(t('imports.mappingSaved', { name: result.data.name }));
    await store().refresh();
    return true;
  }

  async function deleteMapping({ id, name }: { id: string; name: string }) {
    const result = await importMappingsStore().getState().remove(id);
    if (!result.ok) return showError(result.error);
    void message.success(t('imports.mappingDeleted', { name }));
    await store().refresh();
  }

  return (
    <>
      <Tooltip title={t('calendarTransfer.import')}>
        <Button data-testid="calendar-import" icon={<UploadOutlined />} onClick={show} aria-label={t('calendarTransfer.import')}>
          <span className="cal-label--secondary">{t('calendarTransfer.import')}</span>
        </Button>
      </Tooltip>
      <ImportDialogView<PreviewRow>
        open={open}
        title={t('calendarTransfer.title')}
        testId="calendar-import"
        limits={{ maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS }}
        fields={fields}
        columns={columns}
        fileName={file?.fileName ?? null}
        preview={preview}
        previewing={previewing}
        committing={committing}
        error={error}
        confirmLabel={(count) => t('calendarTransfer.confirm', { count })}
        onPick={(picked) => void store().open(picked)}
        onRemap={(field, column) => void store().remap(field as ImportField, column)}
        onMapping={(mapping) => void store().applyMapping(mapping)}
        onChooseAgain={() => store().reset()}
        onConfirm={() => void confirm()}
        onClose={close}
        savedMappings={savedMappings}
        onSaveMapping={saveMapping}
        onDeleteMapping={(mapping) => void deleteMapping(mapping)}
      />
    </>
  );
}
