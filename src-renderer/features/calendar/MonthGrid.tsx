import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { ActivityDayMark } from './ActivitySpanBars';
import type { DaySpans } from './activity-spans';
import { DayHead, DropCell, GapBadge, LayerLabels } from './DayCell';
import type { DayLayer } from './calendar-types';
import { CellItems, useGridSize } from './month-fit';

const NO_ITEMS: CalendarItem[] = [];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  /** 'YYYY-MM' of the month shown; days outside it are dimmed. */
  month: string;
  /** 42 days, Monday first. */
  days: string[];
  today: string;
  items: Map<string, CalendarItem[]>;
  layers: Map<string, DayLayer[]>;
  /** Activities' phases per day: a mark in the day's head. */
  spans: Map<string, DaySpans>;
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
// Activities' phases show as bars in the week view; in the month as a mark in the day's head, since bars took the room of the day's items.
export const MonthGrid = memo(function MonthGrid({ month, days, today, items, layers, spans, gaps }: Props) {
  const grid = useRef<HTMLDivElement>(null);
  const gridSize = useGridSize(grid);
  return (
    <div data-testid="calendar-month" className="cal-month-frame">
      <div ref={grid} className="cal-month">
        <WeekdayHeader />
        {days.map((date, index) => {
          const dayLayers = layers.get(date) ?? [];
          const gap = gaps.get(date);
          return (
            // Keyed by place, not date: a cell keeps the room it measured from month to month.
            <DropCell
              key={index}
              date={date}
              target={{ date }}
              testId={`calendar-day-${date}`}
              dimmed={!date.startsWith(month)}
              minHeight={0}
              background={date === today ? '#e6f4ff' : dayLayers.some((l) => l.kind === 'holiday') ? '#fff8f8' : '#fff'}
            >
              <DayHead
                date={date}
                layers={dayLayers}
                isToday={date === today}
                extra={
                  <>
                    <ActivityDayMark day={spans.get(date)} />
                    {gap && <GapBadge text={gap} />}
                  </>
                }
              />
              <LayerLabels layers={dayLayers} />
              <CellItems date={date} items={items.get(date) ?? NO_ITEMS} head={`${dayLayers.map((l) => l.name).join('|')}|${gap ?? ''}`} gridSize={gridSize} />
            </DropCell>
          );
        })}
      </div>
    </div>
  );
});
