import { DatePicker, Form, Modal, Radio, Typography, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../lib/router';
import type { CalendarRoute } from '../route';
import { calendarPrintRouteDef, PRINT_MODES, type PrintMode } from './route';

/** The layout chosen last time: a preference of this computer. */
const MODE_KEY = 'opsbench.calendar.printMode';
const savedMode = (): PrintMode => (localStorage.getItem(MODE_KEY) === 'accounts' ? 'accounts' : 'all');

interface Props {
  open: boolean;
  /** The calendar on screen: its month is offered, its filters are printed. */
  route: CalendarRoute;
  /** The first day of the period on screen. */
  periodStart: string;
  onClose: () => void;
}

/** 打印排期表: which month, one sheet for every account or one per account; then the print preview. */
export function PrintDialog({ open, route, periodStart, onClose }: Props) {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(() => dayjs(periodStart));
  const [mode, setMode] = useState<PrintMode>(savedMode);
  useEffect(() => {
    if (open) setMonth(dayjs(periodStart));
  }, [open, periodStart]);
  const filtered = route.accounts.length + route.columns.length + route.statuses.length + route.owners.length + route.tags.length > 0;
  const preview = () => {
    localStorage.setItem(MODE_KEY, mode);
    onClose();
    navigate(calendarPrintRouteDef.href({ name: 'calendarPrint', mode, calendar: { ...route, date: month.startOf('month').format('YYYY-MM-DD') } }));
  };
  return (
    <Modal
      open={open}
      title={t('calendarPrint.dialogTitle')}
      onCancel={onClose}
      onOk={preview}
      okText={t('calendarPrint.preview')}
      okButtonProps={{ 'data-testid': 'calendar-print-open' } as ButtonProps}
      width={420}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="calendar-print-dialog" style={{ marginTop: 12 }}>
        <Form.Item label={t('calendarPrint.month')} htmlFor="calendar-print-month">
          <DatePicker id="calendar-print-month" picker="month" value={month} allowClear={false} onChange={(value) => value && setMonth(value)} format={t('calendar.monthFormat')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('calendarPrint.layout')}>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as PrintMode)} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {PRINT_MODES.map((value) => (
              <Radio key={value} value={value} data-testid={`calendar-print-mode-${value}`}>
                {t(`calendarPrint.mode.${value}`)}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {t(`calendarPrint.modeHint.${value}`)}
                </Typography.Text>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(filtered ? 'calendarPrint.withFilters' : 'calendarPrint.withoutFilters')} {t('calendarPrint.keyHint')}
        </Typography.Text>
      </Form>
    </Modal>
  );
}

/** Ctrl/⌘+P on the calendar opens this dialog rather than printing the screen, which is of no use on paper. */
export function usePrintShortcut(action: () => void): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
