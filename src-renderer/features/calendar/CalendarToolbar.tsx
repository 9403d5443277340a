import { FlagOutlined, LeftOutlined, MenuFoldOutlined, MenuUnfoldOutlined, PlusOutlined, RightOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Tooltip, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemFilter } from '../../../src-shared/contract/calendar';
import { HistoryMenu } from './HistoryMenu';
import { CALENDAR_VIEWS, type CalendarView } from './route';
import { ExportMenu } from './transfer/ExportMenu';
import { ImportDialog } from './transfer/ImportDialog';

interface Props {
  view: CalendarView;
  title: string;
  /** The title in the smallest window (11/2 – 11/8, Nov 2026). */
  shortTitle: string;
  onStep: (delta: -1 | 1) => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
  onCreate: () => void;
  /** What 导出 exports: the period and filters on screen. */
  exportFilter: ItemFilter;
  onDialog: (dialog: 'cadence' | 'keyDates' | 'print') => void;
  /** Whether the side panel is open; the last button opens and closes it. */
  panelOpen: boolean;
  onTogglePanel: () => void;
}

/**
 * Period navigation and the title on the left; the view switch, the actions and the panel toggle on
 * the right. One line in every view and language: narrow windows drop the words of the secondary
 * buttons (calendar.css), never the buttons, so the grid below starts at the same height everywhere.
 */
export const CalendarToolbar = memo(function CalendarToolbar({ view, title, shortTitle, onStep, onToday, onView, onCreate, exportFilter, onDialog, panelOpen, onTogglePanel }: Props) {
  const { t } = useTranslation();
  const period = view === 'week' ? 'week' : 'month';
  const panelHint = t(panelOpen ? 'calendarLayout.collapsePanel' : 'calendarLayout.expandPanel');
  return (
    <div className="cal-toolbar" data-testid="calendar-toolbar">
      <Space.Compact>
        <Tooltip title={t(`calendar.prevHint.${period}`)}>
          <Button data-testid="calendar-prev" icon={<LeftOutlined />} onClick={() => onStep(-1)} aria-label={t(`calendar.prev.${period}`)} />
        </Tooltip>
        <Button data-testid="calendar-today" autoInsertSpace={false} onClick={onToday} title={t('calendar.todayHint')}>
          {t('calendar.today')}
        </Button>
        <Tooltip title={t(`calendar.nextHint.${period}`)}>
          <Button data-testid="calendar-next" icon={<RightOutlined />} onClick={() => onStep(1)} aria-label={t(`calendar.next.${period}`)} />
        </Tooltip>
      </Space.Compact>
      <Typography.Title level={4} data-testid="calendar-title" className="cal-toolbar__title" title={title} data-short={shortTitle}>
        {title}
      </Typography.Title>
      <span className="cal-toolbar__spacer" />
      <div className="cal-toolbar__actions">
        <Segmented<CalendarView>
          data-testid="calendar-view"
          value={view}
          onChange={onView}
          options={CALENDAR_VIEWS.map((v, i) => ({
            value: v,
            label: (
              <span title={t('calendar.viewHint', { key: i + 1 })} data-testid={`calendar-view-${v}`}>
                {t(`calendar.view.${v}`)}
              </span>
            ),
          }))}
        />
        <HistoryMenu />
        <ImportDialog />
        <ExportMenu filter={exportFilter} onPrint={() => onDialog('print')} />
        <Tooltip title={t('calendar.keyDates.button')}>
          <Button icon={<FlagOutlined />} data-testid="calendar-key-dates" onClick={() => onDialog('keyDates')} aria-label={t('calendar.keyDates.button')}>
            <span className="cal-label--secondary">{t('calendar.keyDates.button')}</span>
          </Button>
        </Tooltip>
        <Tooltip title={t('calendar.cadence.button')}>
          <Button icon={<ScheduleOutlined />} data-testid="calendar-cadence" onClick={() => onDialog('cadence')} aria-label={t('calendar.cadence.button')}>
            <span className="cal-label--secondary">{t('calendar.cadence.button')}</span>
          </Button>
        </Tooltip>
        <Button type="primary" icon={<PlusOutlined />} data-testid="calendar-create" onClick={onCreate} title={t('shortcuts.create')} aria-label={t('calendar.create')}>
          <span className="cal-label--tertiary">{t('calendar.create')}</span>
        </Button>
        <Tooltip title={t('calendarLayout.panelHint', { action: panelHint })}>
          <Button data-testid="calendar-panel-toggle" aria-pressed={panelOpen} aria-label={panelHint} icon={panelOpen ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />} onClick={onTogglePanel} />
        </Tooltip>
      </div>
    </div>
  );
});
