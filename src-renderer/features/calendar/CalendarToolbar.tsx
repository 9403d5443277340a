import { FlagOutlined, LeftOutlined, PlusOutlined, RightOutlined, ScheduleOutlined } from '@ant-design/icons';
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
  onStep: (delta: -1 | 1) => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
  onCreate: () => void;
  /** What 导出 exports: the period and filters on screen. */
  exportFilter: ItemFilter;
  onDialog: (dialog: 'cadence' | 'keyDates') => void;
}

/** Period navigation, the title, the view switch and the create button. */
export const CalendarToolbar = memo(function CalendarToolbar({ view, title, onStep, onToday, onView, onCreate, exportFilter, onDialog }: Props) {
  const { t } = useTranslation();
  const period = view === 'week' ? 'week' : 'month';
  return (
    // Wraps when the labels are long (English): the buttons go to a second line, nothing is cut.
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, rowGap: 8, flexWrap: 'wrap', marginBottom: 10 }}>
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
      <Typography.Title level={4} data-testid="calendar-title" style={{ margin: 0, minWidth: 110, whiteSpace: 'nowrap', flex: 'none' }}>
        {title}
      </Typography.Title>
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
      <Space wrap style={{ marginLeft: 'auto' }}>
        <HistoryMenu />
        <ImportDialog />
        <ExportMenu filter={exportFilter} />
        <Button icon={<FlagOutlined />} data-testid="calendar-key-dates" onClick={() => onDialog('keyDates')}>
          {t('calendar.keyDates.button')}
        </Button>
        <Button icon={<ScheduleOutlined />} data-testid="calendar-cadence" onClick={() => onDialog('cadence')}>
          {t('calendar.cadence.button')}
        </Button>
        <Button type="primary" icon={<PlusOutlined />} data-testid="calendar-create" onClick={onCreate} title={t('shortcuts.create')}>
          {t('calendar.create')}
        </Button>
      </Space>
    </div>
  );
});
