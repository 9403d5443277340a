import { Tooltip } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../src-shared/domain/dates';
import { useCalendarBoard } from './board-context';
import { LAYER_COLORS } from './calendar-colors';
import { useItemDrop } from './drag';
import './calendar.css';
import type { MoveTarget } from './store';
import type { DayLayer } from './calendar-types';

/** The focused day moves with the arrow keys (a week up or down), Enter creates an item there. */
function onDayKey(event: KeyboardEvent<HTMLElement>, date: string, create: () => void) {
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[event.key];
  if (event.target !== event.currentTarget) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    create();
  } else if (step) {
    event.preventDefault();
    document.querySelector<HTMLElement>(`[data-day="${addDays(date, step)}"]`)?.focus();
  }
}

function Mark({ text, color, testId, title }: { text: string; color: string; testId: string; title?: string }) {
  return (
    <span data-testid={testId} className="cal-mark" style={{ background: color }} title={title}>
      {text}
    </span>
  );
}

/** The day number with its 休/班 marks. */
export function DayHead({ date, layers, isToday, extra }: { date: string; layers: DayLayer[]; isToday: boolean; extra?: ReactNode }) {
  const { labels } = useCalendarBoard();
  const holidayLayer = layers.find((l) => l.kind === 'holiday');
  const holiday = holidayLayer !== undefined;
  const estimated = holidayLayer?.estimated === true;
  const workday = layers.some((l) => l.kind === 'workday');
  return (
    <div className="cal-dayhead">
      <span style={{ fontWeight: isToday ? 700 : 500, color: isToday ? '#1677ff' : holiday ? LAYER_COLORS.holiday : undefined }}>{Number(date.slice(8))}</span>
      {holiday && <Mark text={labels.holidayMark} color={LAYER_COLORS.holiday} testId="calendar-mark-holiday" title={estimated ? labels.estimatedHint(date.slice(0, 4)) : undefined} />}
      {estimated && (
        <span data-testid="calendar-mark-estimated" className="cal-mark-estimated" title={labels.estimatedHint(date.slice(0, 4))}>
          {labels.estimatedMark}
        </span>
      )}
      {workday && <Mark text={labels.workdayMark} color={LAYER_COLORS.workday} testId="calendar-mark-workday" />}
      {extra}
    </div>
  );
}

/** The names of the day's holidays, solar terms, festivals and marketing days. */
export function LayerLabels({ layers }: { layers: DayLayer[] }) {
  const { english } = useCalendarBoard().labels;
  // 中秋节 is a holiday and a lunar festival: one name once.
  const shown = layers.filter((l, i) => l.kind !== 'workday' && layers.findIndex((o) => o.kind !== 'workday' && o.name === l.name) === i);
  if (shown.length === 0) return null;
  return (
    <div className="cal-layers" title={shown.map((l) => (english ? l.nameEn : l.name)).join(' · ')}>
      {shown.map((layer, i) => (
        <span key={`${layer.kind}-${layer.name}`} data-testid="calendar-layer" data-kind={layer.kind} style={{ color: LAYER_COLORS[layer.kind] }}>
          {i > 0 ? ' · ' : ''}
          {english ? layer.nameEn : layer.name}
        </span>
      ))}
    </div>
  );
}

/** A "空档" badge: the cadence of a column names this day and its account has nothing planned. */
export function GapBadge({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={text}>
      <span data-testid="calendar-gap" style={{ marginLeft: 'auto', fontSize: 11, lineHeight: '16px', padding: '0 3px', borderRadius: 3, color: '#d46b08', border: '1px dashed #fa8c16' }}>
        {t('calendar.gap')}
      </span>
    </Tooltip>
  );
}

interface DropCellProps {
  date: string;
  /** Dropped items land on this day (and this account, in the week view). */
  target: MoveTarget;
  testId: string;
  background: string;
  dimmed?: boolean;
  minHeight: number;
  accountId?: string;
  children: ReactNode;
}

/** A cell that creates on click or Enter, moves focus with the arrow keys and accepts dropped items. */
export function DropCell({ date, target, testId, background, dimmed, minHeight, accountId, children }: DropCellProps) {
  const board = useCalendarBoard();
  const create = () => board.onCreate(date, accountId);
  const drop = useItemDrop((ids, copy) => board.onDrop(ids, target, copy));
  return (
    <div
      data-testid={testId}
      data-day={accountId ? undefined : date}
      data-drop-over={drop.over || undefined}
      tabIndex={0}
      onClick={create}
      onKeyDown={(e) => onDayKey(e, date, create)}
      {...drop.props}
      className={['cal-cell', dimmed && 'cal-cell--dim', drop.over && 'cal-cell--over'].filter(Boolean).join(' ')}
      style={{ minHeight, background }}
    >
      {children}
    </div>
  );
}
