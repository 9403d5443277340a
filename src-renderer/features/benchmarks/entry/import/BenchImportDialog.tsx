import { ImportOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BENCHMARK_LAYOUTS, MAX_BENCHMARK_IMPORT_BYTES, MAX_BENCHMARK_IMPORT_ROWS, type BenchAccount, type BenchmarkLayout } from '../../../../../src-shared/contract/benchmarks';
import { downloadFile } from '../../../../lib/file-transfer';
import { useShowError } from '../../../../lib/use-show-error';
import { ImportDialog } from '../../../imports/ImportDialog';
import { importMappingsStore, useImportMappings } from '../../../imports/store';
import type { ImportPreviewRow, PreviewColumn } from '../../../imports/types';
import { benchImportStore, useBenchImport } from './store';

/** The WeChat backend's own-account files: their rows do not name the account. */
const OWN_LAYOUTS: readonly BenchmarkLayout[] = ['wechat_articles', 'wechat_users'];
const AUTO = 'auto';

/** 导入文件: the one import dialog over `benchmarks.previewImport/commitImport`. */
export function BenchImportButton({ accounts }: { accounts: BenchAccount[] }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const file = useBenchImport((s) => s.file);
  const preview = useBenchImport((s) => s.preview);
  const layout = useBenchImport((s) => s.layout);
  const accountId = useBenchImport((s) => s.accountId);
  const previewing = useBenchImport((s) => s.previewing);
  const committing = useBenchImport((s) => s.committing);
  const error = useBenchImport((s) => s.error);
  const savedMappings = useImportMappings((s) => s.mappings);
  const store = () => benchImportStore().getState();
  const own = accounts.filter((a) => a.kind === 'own');
  const shownLayout = layout ?? preview?.layout;

  const fields = useMemo(() => (preview?.fields ?? []).map((key) => ({ key, label: t(`benchImport.fields.${key}` as 'benchImport.fields.account', { defaultValue: key }) })), [preview?.fields, t]);
  const columns = useMemo<Array<PreviewColumn<ImportPreviewRow>>>(() => fields.slice(0, 7).map(({ key, label: title }) => ({ key, title, width: key === 'title' ? undefined : 96 })), [fields]);

  function close() {
    setOpen(false);
    store().reset();
  }

  async function confirm() {
    const result = await store().commit();
    if (!result.ok) return showError(result.error);
    const { created, updated, duplicates, invalid, newPeers, rejected } = result.data;
    close();
    modal.success({
      title: t('benchEntry.import.done'),
      content: (
        <Space orientation="vertical" data-testid="bench-import-result">
          <span>{t('benchEntry.import.counts', { imported: created + updated, created, updated, duplicates, rejected: invalid })}</span>
          {newPeers.length > 0 && <span>{t('benchEntry.import.newPeers', { names: newPeers.join(t('benchEntry.import.separator')), count: newPeers.length })}</span>}
          {rejected && (
            <Typography.Link onClick={() => downloadFile(rejected)} data-testid="bench-import-rejected">
              {t('benchEntry.import.downloadRejected')}
            </Typography.Link>
          )}
        </Space>
      ),
    });
  }

  async function saveMapping(name: string): Promise<boolean> {
    if (!preview) return false;
    const result = await importMappingsStore().getState().save({ target: 'benchmarks', name, header: preview.header, mapping: preview.mapping });
    if (!result.ok) {
      showError(result.error);
      return false;
    }
    void message.success(t('imports.mappingSaved', { name: result.data.name }));
    await store().refresh();
    return true;
  }

  const extra = (
    <Space wrap style={{ marginBottom: 12 }}>
      <span>{t('benchEntry.import.layout')}</span>
      <Select<string>
        data-testid="bench-import-layout"
        style={{ width: 220 }}
        value={layout ?? AUTO}
        onChange={(v) => void store().setLayout(v === AUTO ? undefined : (v as BenchmarkLayout))}
        options={[{ value: AUTO, label: t('benchEntry.import.layouts.auto') }, ...BENCHMARK_LAYOUTS.map((l) => ({ value: l, label: t(`benchEntry.import.layouts.${l}`) }))]}
      />
      {shownLayout && OWN_LAYOUTS.includes(shownLayout) && (
        <>
          <span>{t('benchEntry.import.ownAccount')}</span>
          <Select
            data-testid="bench-import-account"
            style={{ width: 220 }}
            value={accountId ?? preview?.accountId ?? undefined}
            placeholder={t('benchEntry.import.ownAccountPlaceholder')}
            onChange={(v: string) => void store().setAccount(v)}
            options={own.map((a) => ({ value: a.id, label: t('accounts.accountLabel.text', { name: a.name, platform: t(`accounts.platform.${a.platform}`) }) }))}
          />
        </>
      )}
      {preview && preview.newPeers.length > 0 && (
        <Typography.Text type="secondary">{t('benchEntry.import.willCreate', { names: preview.newPeers.slice(0, 5).join(t('benchEntry.import.separator')), count: preview.newPeers.length })}</Typography.Text>
      )}
    </Space>
  );

  return (
    <>
      <Button
        icon={<ImportOutlined />}
        data-testid="entry-import"
        onClick={() => {
          setOpen(true);
          void importMappingsStore().getState().load('benchmarks');
        }}
      >
        {t('benchEntry.importFile')}
      </Button>
      <ImportDialog<ImportPreviewRow>
        open={open}
        title={t('benchEntry.import.title')}
        testId="bench-import"
        limits={{ maxBytes: MAX_BENCHMARK_IMPORT_BYTES, maxRows: MAX_BENCHMARK_IMPORT_ROWS }}
        fields={fields}
        columns={columns}
        fileName={file?.fileName ?? null}
        preview={preview}
        previewing={previewing}
        committing={committing}
        error={error}
        extra={extra}
        confirmLabel={(count) => t('benchEntry.import.confirm', { count })}
        onPick={(picked) => void store().open(picked)}
        onRemap={(field, column) => void store().remap(field, column)}
        onMapping={(mapping) => void store().applyMapping(mapping)}
        onChooseAgain={() => store().reset()}
        onConfirm={() => void confirm()}
        onClose={close}
        savedMappings={savedMappings}
        onSaveMapping={saveMapping}
        onDeleteMapping={({ id, name }) =>
          void importMappingsStore()
            .getState()
            .remove(id)
            .then((result) => (result.ok ? void message.success(t('imports.mappingDeleted', { name })) : showError(result.error)))
        }
      />
    </>
  );
}
