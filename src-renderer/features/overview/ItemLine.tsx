import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../../../src-shared/contract/calendar';
import { STATUS_COLORS } from '../calendar/calendar-colors';

/** A calendar status in the calendar's colours, so 撰写中 looks the same everywhere. */
export function StatusPill({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  const { bg, fg } = STATUS_COLORS[status];
  return (
    <span className="overview-pill" data-status={status} style={{ background: bg, color: fg }}>
      {t(`calendar.status.${status}`)}
    </span>
  );
}

interface LineProps {
  href: string;
  /** Left column: a time, a date. */
  lead?: ReactNode;
  title: string;
  /** Under the title: account, owner, when. */
  meta?: ReactNode;
  status?: ItemStatus;
  testId: string;
  id: string;
}

/** One row of a card: a link to the work, its title and what tells it apart. */
export function ItemLine({ href, lead, title, meta, status, testId, id }: LineProps) {
  return (
    <a className="overview-line" href={href} data-testid={testId} data-id={id}>
      {lead !== undefined && <span className="overview-line__lead">{lead}</span>}
      <span className="overview-line__body">
        <span className="overview-line__title">{title}</span>
        {meta && <span className="overview-line__meta">{meta}</span>}
      </span>
      {status && <StatusPill status={status} />}
    </a>
  );
}
