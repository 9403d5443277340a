import { BellOutlined, InboxOutlined, WarningOutlined } from '@ant-design/icons';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attention, CalendarItem, PushProblem } from '../../../src-shared/contract/calendar';
import { AttentionPanel } from './AttentionPanel';
import { useCalendarBoard } from './board-context';
import type { AccountBadge } from './calendar-types';
import { useItemDrop } from './drag';
import { PoolPanel } from './PoolPanel';
import { ProblemsPanel } from './ProblemsPanel';

interface Props {
  open: boolean;
  onExpand: () => void;
  attention: Attention;
  pool: CalendarItem[];
  problems: PushProblem[];
  accounts: Map<string, AccountBadge>;
  /** Selects a problem's items and brings them on screen. */
  onSelectProblem: (problem: PushProblem) => void;
}

/**
 * 今日关注, 选题库 and 推送规则提醒 beside the views; collapsed, a narrow rail keeps their counts in
 * sight (and the pool takes dropped items), so the board's columns and the week's titles get the room.
 */
export const SidePanel = memo(function SidePanel({ open, onExpand, attention, pool, problems, accounts, onSelectProblem }: Props) {
  const { t } = useTranslation();
  if (open) {
    return (
      <div className="cal-side" data-testid="calendar-side">
        <AttentionPanel attention={attention} />
        <PoolPanel pool={pool} />
        <ProblemsPanel problems={problems} accounts={accounts} onSelect={onSelectProblem} />
      </div>
    );
  }
  const today = attention.today.length;
  return (
    <div className="cal-rail" data-testid="calendar-rail">
      <RailButton
        testId="calendar-rail-attention"
        icon={<BellOutlined />}
        count={today + attention.overdueTotal}
        danger={attention.overdueTotal > 0}
        title={t('calendarLayout.railAttention', { today, overdue: attention.overdueTotal })}
        onClick={onExpand}
      />
      <PoolRailButton count={pool.length} onClick={onExpand} />
      <RailButton testId="calendar-rail-problems" icon={<WarningOutlined />} count={problems.length} warning={problems.length > 0} title={t('calendar.problemsTitle', { count: problems.length })} onClick={onExpand} />
    </div>
  );
});

interface RailButtonProps {
  testId: string;
  icon: ReactNode;
  count: number;
  title: string;
  onClick: () => void;
  danger?: boolean;
  warning?: boolean;
  over?: boolean;
  dropProps?: object;
}

function RailButton({ testId, icon, count, title, onClick, danger, warning, over, dropProps }: RailButtonProps) {
  const color = danger ? '#cf1322' : warning ? '#d46b08' : undefined;
  return (
    <button type="button" data-testid={testId} className={over ? 'cal-rail__button cal-rail__button--over' : 'cal-rail__button'} title={title} aria-label={title} onClick={onClick} {...dropProps}>
      <span className="cal-rail__icon" style={{ color }}>
        {icon}
      </span>
      <span style={{ color }}>{count}</span>
    </button>
  );
}

/** The pool's place on the rail still takes items dropped on it (back to the pool, as on the card). */
function PoolRailButton({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const drop = useItemDrop((ids, copy) => board.onDrop(ids, { date: '' }, copy));
  return <RailButton testId="calendar-rail-pool" icon={<InboxOutlined />} count={count} title={t('calendar.pool.title', { count })} onClick={onClick} over={drop.over} dropProps={drop.props} />;
}
