import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ItemStatus } from '../../../src-shared/contract/calendar';
import type { Overview } from '../../../src-shared/contract/overview';
import { STATUS_COLORS } from '../calendar/calendar-colors';
import { CardTitle, type Names } from './CalendarCards';
import { ItemLine } from './ItemLine';
import { itemHref, weekHref } from './links';
import { OverviewCard } from './OverviewCard';

/** Monday to Sunday: each day's count and a bar of its statuses; then what is still to do. */
export function WeekCard({ week, today, names }: { week: Overview['week']; today: string; names: Names }) {
  const { t } = useTranslation();
  const total = week.days.reduce((sum, day) => sum + day.total, 0);
  const busiest = Math.max(1, ...week.days.map((d) => d.total));
  const first = week.days[0]!.date;
  const last = week.days[6]!.date;
  return (
    <OverviewCard
      testId="overview-week"
      className="overview-week"
      title={<CardTitle text={`${t('overview.week.title')} · ${t('overview.week.range', { from: dayjs(first).format('M/D'), to: dayjs(last).format('M/D') })}`} />}
      href={weekHref(today)}
    >
      <div className="overview-week__days">
        {week.days.map((day) => (
          <a key={day.date} href={weekHref(day.date)} className={`overview-day${day.date === today ? ' overview-day--today' : ''}`} data-testid="overview-day" data-date={day.date}>
            <span className="overview-day__name">{dayjs(day.date).format('dd M/D')}</span>
            <span className="overview-day__count">{day.total}</span>
            <span className="overview-day__bar" style={{ width: `${(day.total / busiest) * 100}%` }}>
              {ItemStatus.options
                .filter((status) => day.byStatus[status])
                .map((status) => (
                  <span key={status} title={`${t(`calendar.status.${status}`)} ${day.byStatus[status]}`} style={{ flexGrow: day.byStatus[status], background: STATUS_COLORS[status].fg }} />
                ))}
            </span>
          </a>
        ))}
      </div>
      <div className="overview-subhead">
        {t('overview.week.total', { count: total })} · {t('overview.week.open')} {week.items.total}
      </div>
      {week.items.rows.length === 0 && <div className="overview-card__empty">{t('overview.week.empty')}</div>}
      <div className="overview-week__items">
        {week.items.rows.map((item) => (
          <ItemLine
            key={item.id}
            id={item.id}
            testId="overview-week-item"
            href={itemHref(item)}
            lead={dayjs(item.date).format('dd')}
            title={item.title}
            meta={[names.account(item.accountId), names.member(item.ownerId)].filter(Boolean).join(' · ')}
            status={item.status}
          />
        ))}
      </div>
      {week.items.total > week.items.rows.length && <div className="overview-card__more">{t('overview.more', { count: week.items.total - week.items.rows.length })}</div>}
    </OverviewCard>
  );
}
