import type { ItemStatus } from '../../../src-shared/contract/calendar';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../calendar/calendar-colors';

/** An article's status in the calendar's colours, so 撰写中 looks the same on both screens. */
export function StatusTag({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  const { bg, fg } = STATUS_COLORS[status];
  return (
    <span className="article-status" data-testid="article-status" data-status={status} style={{ background: bg, color: fg }}>
      {t(`calendar.status.${status}`)}
    </span>
  );
}
