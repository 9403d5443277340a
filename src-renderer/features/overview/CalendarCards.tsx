import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Overview, OverviewItem } from '../../../src-shared/contract/overview';
import { articleHref, articlesRoute, articlesRouteDef } from '../articles/route';
import { formatDateTime } from '../../lib/format';
import { calendarRoute, calendarRouteDef } from '../calendar/route';
import { ItemLine } from './ItemLine';
import { itemHref, weekHref } from './links';
import { OverviewCard } from './OverviewCard';

/** Names the cards show for ids: accounts and team members. */
export interface Names {
  account(id: string): string;
  member(id: string | null): string;
}

/** A card lists this many of today's pushes; the rest are a click away on the calendar's week. */
const PUSHES_SHOWN = 8;
const shortDate = (date: string) => (date ? dayjs(date).format('M/D') : '');
const metaOf = (item: OverviewItem, names: Names, ...more: string[]) => [names.account(item.accountId), names.member(item.ownerId), ...more].filter(Boolean).join(' · ');

export function PushesCard({ pushes, names }: { pushes: OverviewItem[]; names: Names }) {
  const { t } = useTranslation();
  return (
    <OverviewCard
      testId="overview-pushes"
      title={<CardTitle text={t('overview.pushes.title')} count={pushes.length} />}
      href={weekHref('')}
      empty={!pushes.length && t('overview.pushes.empty')}
      more={pushes.length - PUSHES_SHOWN}
    >
      {pushes.slice(0, PUSHES_SHOWN).map((item) => (
        <ItemLine
          key={item.id}
          id={item.id}
          testId="overview-push"
          href={itemHref(item)}
          lead={item.time || '—'}
          title={item.title}
          meta={metaOf(item, names, t('overview.pushes.slot', { slot: item.slot }))}
          status={item.status}
        />
      ))}
    </OverviewCard>
  );
}

export function DeadlinesCard({ dueToday, overdue, names }: Pick<Overview, 'dueToday' | 'overdue'> & { names: Names }) {
  const { t } = useTranslation();
  const none = dueToday.total + overdue.total === 0;
  const line = (item: OverviewItem, late: boolean) => (
    <ItemLine
      key={item.id}
      id={item.id}
      testId={late ? 'overview-overdue' : 'overview-due'}
      href={itemHref(item)}
      lead={<span className={late ? 'overview-late' : undefined}>{shortDate(item.dueDate || item.date)}</span>}
      title={item.title}
      meta={metaOf(item, names)}
      status={item.status}
    />
  );
  return (
    <OverviewCard
      testId="overview-deadlines"
      href={calendarRouteDef.href(calendarRoute())}
      title={<CardTitle text={t('overview.deadlines.title')} count={dueToday.total + overdue.total} alert={overdue.total > 0} />}
      empty={none && t('overview.deadlines.empty')}
    >
      {dueToday.total > 0 && <div className="overview-subhead">{t('overview.deadlines.dueToday', { count: dueToday.total })}</div>}
      {dueToday.rows.map((item) => line(item, false))}
      {overdue.total > 0 && <div className="overview-subhead overview-late">{t('overview.deadlines.overdue', { count: overdue.total })}</div>}
      {overdue.rows.map((item) => line(item, true))}
      {overdue.total > overdue.rows.length && <div className="overview-card__more">{t('overview.more', { count: overdue.total - overdue.rows.length })}</div>}
    </OverviewCard>
  );
}

export function ReviewsCard({ reviews, names }: Pick<Overview, 'reviews'> & { names: Names }) {
  const { t } = useTranslation();
  return (
    <OverviewCard
      testId="overview-reviews"
      title={<CardTitle text={t('overview.reviews.title')} count={reviews.total} />}
      href={articlesRouteDef.href(articlesRoute({ statuses: ['review'] }))}
      empty={!reviews.total && t('overview.reviews.empty')}
      more={reviews.total - reviews.rows.length}
    >
      {reviews.rows.map((draft) => (
        <ItemLine
          key={draft.articleId}
          id={draft.articleId}
          testId="overview-review"
          href={articleHref(draft.articleId)}
          lead={shortDate(draft.date) || t('overview.reviews.pool')}
          title={draft.title}
          meta={metaOf(draft, names, draft.submittedAt ? t('overview.reviews.submitted', { time: formatDateTime(draft.submittedAt).slice(5, 16) }) : '')}
        />
      ))}
    </OverviewCard>
  );
}

export function CardTitle({ text, count, alert = false }: { text: string; count?: number; alert?: boolean }) {
  return (
    <span className="overview-card__title">
      {text}
      {count !== undefined && count > 0 && <span className={`overview-count${alert ? ' overview-count--alert' : ''}`}>{count}</span>}
    </span>
  );
}
