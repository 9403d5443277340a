import { DownloadOutlined, DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemFilter } from '../../../../src-shared/contract/calendar';
import { downloadFile } from '../../../lib/file-transfer';
import { useShowError } from '../../../lib/use-show-error';
import { calendarTransferStore, useCalendarTransfer, type ExportFormat } from './store';

interface Props {
  /** The items to export: the period and filters the calendar shows. */
  filter: ItemFilter;
  /** Opens the print dialog of the 排期表. */
  onPrint: () => void;
}

/** 导出/打印 ▾ → Excel (.xlsx) | 日历 (.ics): downloads the filtered items; 打印排期表… opens the print dialog. */
export function ExportMenu({ filter, onPrint }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const exporting = useCalendarTransfer((s) => s.exporting);

  async function exportAs(format: ExportFormat) {
    const result = await calendarTransferStore().getState().exportItems(format, filter);
    if (!result.ok) return showError(result.error);
    downloadFile(result.data);
    void message.success(t('calendarTransfer.exported', { fileName: result.data.fileName }));
  }

  const items = [
    { key: 'xlsx', label: <span data-testid="calendar-export-xlsx">{t('calendarTransfer.exportXlsx')}</span> },
    { key: 'ics', label: <span data-testid="calendar-export-ics">{t('calendarTransfer.exportIcs')}</span> },
    { type: 'divider' as const },
    { key: 'print', icon: <PrinterOutlined />, label: <span data-testid="calendar-print">{t('calendarPrint.menu')}</span> },
  ];
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => (key === 'print' ? onPrint() : void exportAs(key as ExportFormat)) }}>
      <Button data-testid="calendar-export" icon={<DownloadOutlined />} loading={exporting !== null} aria-label={t('calendarPrint.exportOrPrint')}>
        <span className="cal-label--tertiary">{t('calendarPrint.exportOrPrint')}</span> <DownOutlined />
      </Button>
    </Dropdown>
  );
}
