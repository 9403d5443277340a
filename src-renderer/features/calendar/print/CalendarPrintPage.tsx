import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ItemFilter } from '../../../../src-shared/contract/calendar';
import { monthEnd, monthStart } from '../../../../src-shared/domain/dates';
import { errorText } from '../../../lib/field-errors';
import { navigate } from '../../../lib/router';
import { useShortcut } from '../../../lib/use-shortcut';
import { useShowError } from '../../../lib/use-show-error';
import { useAccounts } from '../../accounts/store';
import { useWorkspace } from '../../workspace/store';
import { todayIso } from '../month';
import { calendarRouteDef } from '../route';
import { buildPrintSheets } from './print-sheet';
import { PrintSheetView } from './PrintSheetView';
import { calendarPrintRouteDef, PRINT_MODES, type CalendarPrintRoute, type PrintMode } from './route';
import { calendarPrintStore, useCalendarPrint } from './store';
import './print.css';

/**
 * The printable month (排期表): a preview over the whole window, and on paper only its sheets
 * (print.css), A4 landscape. The browser's print and Electron's save as PDF print this same page.
 */
export function CalendarPrintPage({ route }: { route: CalendarPrintRoute }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const workspaceName = useWorkspace((s) => s.status?.workspace?.name ?? '');
  const accounts = useAccounts((s) => s.rows);
  const { filter: shownFilter, data, error, canSavePdf } = useCalendarPrint((s) => s);
  const { calendar } = route;
  const date = calendar.date || todayIso();
  const filter = useMemo<ItemFilter>(
    () => ({ from: monthStart(date), to: monthEnd(date), accountIds: calendar.accounts, columnIds: calendar.columns, statuses: calendar.statuses, ownerIds: calendar.owners, tags: calendar.tags }),
    [date, calendar],
  );
  const filterKey = JSON.stringify(filter);
  useEffect(
    () =>
      void calendarPrintStore()
        .getState()
        .load(JSON.parse(filterKey) as ItemFilter),
    [filterKey],
  );
  const ready = !!data && JSON.stringify(shownFilter) === filterKey;

  const english = i18n.language === 'en';
  const sheets = useMemo(
    () => (ready ? buildPrintSheets({ date, mode: route.mode, accounts, items: data.items, layers: data.layers, keyDates: data.keyDates, english }) : []),
    [ready, date, route.mode, accounts, data, english],
  );
  const monthTitle = dayjs(monthStart(date)).format(t('calendar.monthFormat'));
  // The moment the preview opened: what the header says the paper shows.
  const printedAt = useMemo(() => dayjs().format('YYYY-MM-DD HH:mm'), []);
  const fileName = t('calendarPrint.fileName', { workspace: workspaceName, month: date.slice(0, 7) });
  const filtered = calendar.columns.length + calendar.statuses.length + calendar.owners.length + calendar.tags.length > 0;

  // The browser names the PDF it saves after the page's title.
  useEffect(() => {
    const before = document.title;
    document.title = fileName;
    return () => void (document.title = before);
  }, [fileName]);

  const back = () => navigate(calendarRouteDef.href(calendar));
  useShortcut('Escape', back);
  const setMode = (mode: PrintMode) => navigate(calendarPrintRouteDef.href({ ...route, mode }));
  async function savePdf() {
    const result = await calendarPrintStore().getState().savePdf(`${fileName}.pdf`);
    if (!result.ok) return showError(result.error);
    if (result.data) void message.success(t('calendarPrint.saved', { path: result.data }));
  }

  return createPortal(
    <div className="cal-print" data-testid="calendar-print-view" data-ready={ready || undefined} data-mode={route.mode}>
      <div className="cal-print__bar">
        <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="calendar-print-back" title={t('calendarPrint.backHint')}>
          {t('calendarPrint.back')}
        </Button>
        <Typography.Text strong>{t('calendarPrint.previewTitle', { month: monthTitle })}</Typography.Text>
        <Segmented<PrintMode> data-testid="calendar-print-mode" value={route.mode} onChange={setMode} options={PRINT_MODES.map((mode) => ({ value: mode, label: t(`calendarPrint.mode.${mode}`) }))} />
        <Typography.Text type="secondary" className="cal-print__hint" ellipsis={{ tooltip: true }}>
          {t(canSavePdf ? 'calendarPrint.sheets' : 'calendarPrint.browserHint', { count: sheets.length })}
        </Typography.Text>
        {canSavePdf && (
          <Button icon={<FilePdfOutlined />} onClick={() => void savePdf()} disabled={!ready} data-testid="calendar-print-pdf">
            {t('calendarPrint.savePdf')}
          </Button>
        )}
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!ready} data-testid="calendar-print-print">
          {t('calendarPrint.print')}
        </Button>
      </div>
      {error && <Alert type="error" showIcon style={{ margin: 16 }} title={errorText(t, error)} />}
      {sheets.map((sheet) => (
        <PrintSheetView key={sheet.key} sheet={sheet} workspaceName={workspaceName} monthTitle={monthTitle} printedAt={printedAt} filtered={filtered} />
      ))}
    </div>,
    document.body,
  );
}
