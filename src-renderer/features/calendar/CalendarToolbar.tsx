import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_VIEWS, type CalendarView } from '../../lib/router';

interface Props {
  view: CalendarView;
  title: string;
  onStep: (delta: -1 | 1) => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
  onCreate: () => void;
  /** More buttons (fill from cadence, import, export), right-aligned before 新建. */
  actions?: ReactNode;
}

/** Period navigation, the title, the view switch and the create button. */
export function CalendarToolbar({ view, title, onStep, onToday, onView, onCreate, actions }: Props) {
  const { t } = useTranslation();
  const period = view === 'week' ? 'week' : 'month';
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 10 }}>
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
      <Typography.Title level={4} data-testid="calendar-title" style={{ margin: 0, minWidth: 110, whiteSpace: 'nowrap' }}>
        {title}
      </Typography.Title>
      <Segmented<CalendarView>
        data-testid="calendar-view"
        value={view}
        onChange={onView}
        options={CALENDAR_VIEWS.map((v, i) => ({ value: v, label: <span title={t('calendar.viewHint', { key: i + 1 })} data-testid={`calendar-view-${v}`}>{t(`calendar.view.${v}`)}</span> }))}
      />
      <Space style={{ marginLeft: 'auto' }}>
        {actions}
        <Button type="primary" icon={<PlusOutlined />} data-testid="calendar-create" onClick={onCreate} title={t('shortcuts.create')}>
          {t('calendar.create')}
        </Button>
      </Space>
    </div>
  );
}
