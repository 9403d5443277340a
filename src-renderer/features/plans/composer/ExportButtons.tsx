import { FileMarkdownOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanExportFormat } from '../../../../src-shared/contract/plans';
import { downloadFile } from '../../../lib/file-transfer';
import { useShowError } from '../../../lib/use-show-error';
import { composerStore, useComposer } from './store';

const ICONS = { docx: <FileWordOutlined />, md: <FileMarkdownOutlined />, pdf: <FilePdfOutlined /> };

/** 导出 Word / Markdown / PDF: the file is saved as the app's other exports save theirs (a download); the export is recorded. */
export function ExportButtons() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const pdfAvailable = useComposer((s) => s.pdfAvailable);
  const [busy, setBusy] = useState<PlanExportFormat | null>(null);

  const run = async (format: PlanExportFormat) => {
    setBusy(format);
    const result = await composerStore().getState().exportFile(format);
    setBusy(null);
    if (!result.ok) return showError(result.error);
    downloadFile(result.data);
    void message.success(t('plans.export.done', { fileName: result.data.fileName }));
  };
  const button = (format: PlanExportFormat, primary = false) => (
    <Button type={primary ? 'primary' : 'default'} icon={ICONS[format]} loading={busy === format} disabled={busy !== null && busy !== format} data-testid={`plan-export-${format}`} onClick={() => void run(format)}>
      {t(`plans.export.${format}`)}
    </Button>
  );

  return (
    <Space wrap>
      {button('docx', true)}
      {button('md')}
      {pdfAvailable ? (
        button('pdf')
      ) : (
        <Tooltip title={t('plans.export.pdfUnavailable')}>
          {/* A disabled button shows no tooltip of its own; the wrapper does. */}
          <span data-testid="plan-export-pdf-unavailable">
            <Button icon={ICONS.pdf} disabled data-testid="plan-export-pdf">
              {t('plans.export.pdf')}
            </Button>
          </span>
        </Tooltip>
      )}
    </Space>
  );
}
