import { WarningFilled } from '@ant-design/icons';
import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
import { ItemChip } from './ItemChip';

/** The height of the 「还有 N 条」 line (calendar.css's `.cal-more`), kept free when some items do not fit. */
const MORE_HEIGHT = 20;

/** A one-line chip's height with its margin (calendar.css's `.cal-chip--cell`). */
const LINE_CHIP_HEIGHT = 19;

/** The most chips a month cell could show: a sixth of the grid's height in one-line chips, and one more. */
function mostChips(gridSize: string): number {
  const height = Number(gridSize.split('x')[1]);
  return height > 0 ? Math.ceil(height / 6 / LINE_CHIP_HEIGHT) + 1 : 8;
}

/** The grid's size ('WxHxN'), as a value that changes when the window or the side panel resizes it or fonts load (cells measure again then). */
export function useGridSize(grid: RefObject<HTMLElement | null>): string {
  const [size, setSize] = useState('');
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    // Fonts that arrive late change the chips' height: the cells measure again then too.
    let fontLoads = 0;
    const measure = () => setSize(`${element.clientWidth}x${element.clientHeight}x${fontLoads}`);
    const fontsLoaded = () => {
      fontLoads++;
      measure();
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    document.fonts.addEventListener('loadingdone', fontsLoaded);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', fontsLoaded);
    };
  }, [grid]);
  return size;
}

interface Props {
  date: string;
  items: CalendarItem[];
  /** What the day's head shows above the items (layer names, a gap): a change measures again. */
  head: string;
  /** The grid's size: a change measures again. */
  gridSize: string;
}

/**
 * A month cell's items: as many chips as the height under the day's head and layer names holds, then
 * 「还有 N 条」. Chips take one line or two (a long title wraps), so a cell whose items or size changed
 * first lays out all of them, then keeps those that end above its bottom, before the paint.
 */
export const CellItems = memo(function CellItems({ date, items, head, gridSize }: Props) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const box = useRef<HTMLDivElement>(null);
  const key = `${gridSize}#${head}#${items.map((item) => `${item.id}:${item.title}:${item.slot}:${item.columnId ?? ''}`).join('|')}`;
  // Measured in two passes at most: every chip on up to two lines; when they do not all fit, every
  // chip on one line (a busy day shows more titles, shorter), and then as many as fit.
  const [fit, setFit] = useState<{ key: string; compact: boolean; shown: number | null } | null>(null);
  const mine = fit?.key === key ? fit : null;
  // Never more chips than one-line chips could fill a sixth of the grid: a day of 30 items lays out a handful.
  const most = mostChips(gridSize);
  const compact = mine?.compact ?? items.length > most;
  const shown = mine?.shown ?? Math.min(items.length, most);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || mine?.shown != null) return;
    const room = element.clientHeight + 0.5;
    const top = element.getBoundingClientRect().top;
    const bottoms = [...element.querySelectorAll<HTMLElement>(':scope > .cal-chip')].map((chip) => chip.getBoundingClientRect().bottom - top);
    const fitsAll = bottoms.length === items.length && (bottoms.length === 0 || bottoms[bottoms.length - 1]! <= room);
    if (fitsAll) return setFit({ key, compact, shown: bottoms.length });
    if (!compact) return setFit({ key, compact: true, shown: null });
    // The chips that end above the 「还有 N 条」 line (a lone item shows, cut, rather than 「还有 1 条」).
    setFit({ key, compact, shown: Math.max(items.length === 1 ? 1 : 0, bottoms.filter((bottom) => bottom <= room - MORE_HEIGHT).length) });
  }, [key, mine, compact, items.length]);
  const hidden = items.length - shown;
  // A rule problem folded into 「还有 N 条」 is marked there too.
  const hiddenProblem = items.slice(shown).some((item) => board.problemsOf.has(item.id));
  return (
    <div ref={box} className="cal-cell__items">
      {items.slice(0, shown).map((item) => (
        <ItemChip key={item.id} item={item} layout={compact ? 'cell' : 'clamp'} />
      ))}
      {hidden > 0 && (
        <div
          data-testid="calendar-more"
          className={hiddenProblem ? 'cal-more cal-more--problem' : 'cal-more'}
          title={hiddenProblem ? t('calendar.grid.moreProblem') : undefined}
          role="button"
          onClick={(e) => {
            e.stopPropagation();
            board.onShowDay(date);
          }}
        >
          {hiddenProblem && <WarningFilled />} {t('calendar.more', { count: hidden })}
        </div>
      )}
    </div>
  );
});
