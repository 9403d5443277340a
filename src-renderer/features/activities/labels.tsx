import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_MECHANICS, type ActivityStatus } from '../../../src-shared/contract/activities';
import { formatFen } from '../../../src-shared/domain/money/money';

// How an activity's words and figures read on every view of the screen.

type MechanicKey = (typeof ACTIVITY_MECHANICS)[number];
const isMechanicKey = (value: string): value is MechanicKey => (ACTIVITY_MECHANICS as readonly string[]).includes(value);

/** A mechanic as shown: a key of the list translated, the operator's own words as written. */
export function mechanicLabel(t: TFunction, mechanic: string): string {
  return isMechanicKey(mechanic) ? t(`activities.mechanic.${mechanic}`) : mechanic;
}

/** What the form stores for typed text: the key when it is one of the list's labels. */
export function mechanicOfText(t: TFunction, text: string): string {
  return ACTIVITY_MECHANICS.find((key) => t(`activities.mechanic.${key}`) === text.trim()) ?? text;
}

const STATUS_COLORS: Record<ActivityStatus, string> = { planned: 'blue', running: 'green', done: 'default', cancelled: 'red' };

export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="activity-status" style={{ marginInlineEnd: 0 }}>
      {t(`activities.status.${status}`)}
    </Tag>
  );
}

/** 12.5% (one decimal, trailing .0 dropped); null reads as —. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

/** An amount of fen, or — when there is none. */
export const formatMaybeFen = (fen: number | null): string => (fen === null ? '—' : formatFen(fen));

/** 2026-11-01 – 2026-11-20; — without dates. */
export function formatDateRange(start: string, end: string): string {
  if (!start) return '—';
  return start === end ? start : `${start} – ${end}`;
}
