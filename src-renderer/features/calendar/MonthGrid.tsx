import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
import { DayHead, DropCell, GapBadge, LayerLabels } from './DayCell';
import { ItemChip } from './ItemChip';
import type { DayLayer } from './calendar-types';
import { shownChips, UNMEASURED_ROOM, useChipRoom } from './month-fit';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  /** 'YYYY-MM' of the month shown; days outside it are dimmed. */
  month: string;
  /** 42 days, Monday first. */
  days: string[];
  today: string;
  items: Map<string, CalendarItem[]>;
  layers: Map<string, DayLayer[]>;
  /** The text of the day's cadence gap ("空档"), when it has one. */
  gaps: Map<string, string>;
}

function WeekdayHeader() {
  const { t } = useTranslation();
  return (
    <>
      {WEEKDAYS.map((d) => (
        <div key={d} className="cal-weekhead" data-testid="calendar-weekday-head">
          {t(`calendar.weekday.${d}`)}
        </div>
      ))}
    </>
  );
}

/** The month: six weeks share the height of the view, each day shows the chips it has room for. */
export const MonthGrid = memo(function MonthGrid({ month, days, today, items, layers, gaps }: Props) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const grid = useRef<HTMLDivElement>(null);
  const room = useChipRoom(grid, [days, layers, gaps]);
  return (
    <div data-testid="calendar-month" className="cal-month-frame">
      <div ref={grid} className="cal-month">
        <WeekdayHeader />
        {days.map((date, index) => {
          const dayItems = items.get(date) ?? [];
          const dayLayers = layers.get(date) ?? [];
          const shown = shownChips(dayItems.length, room[index] ?? UNMEASURED_ROOM);
          const hidden = dayItems.length - shown;
          const gap = gaps.get(date);
          return (
            <DropCell
              key={date}
              date={date}
              target={{ date }}
              testId={`calendar-day-${date}`}
              dimmed={!date.startsWith(month)}
              minHeight={0}
              background={date === today ? '#e6f4ff' : dayLayers.some((l) => l.kind === 'holiday') ? '#fff8f8' : '#fff'}
            >
              <DayHead date={date} layers={dayLayers} isToday={date === today} extra={gap && <GapBadge text={gap} />} />
              <LayerLabels layers={dayLayers} />
              <div className="cal-cell__items">
                {dayItems.slice(0, shown).map((item) => (
                  <ItemChip key={item.id} item={item} />
                ))}
                {hidden > 0 && (
                  <div
                    data-testid="calendar-more"
                    className="cal-more"
                    role="button"
                    onClick={(e) => {
                      e.stopPropagation();
                      board.onShowDay(date);
                    }}
                  >
                    {t('calendar.more', { count: hidden })}
                  </div>
                )}
              </div>
            </DropCell>
          );
        })}
      </div>
    </div>
  );
});
