import { Progress } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../src-shared/contract/overview';
import { formatFen } from '../../../src-shared/domain/money/money';
import { KpiBar } from '../team/KpiBar';
import { appraisalRoute, appraisalRouteDef } from '../team/route';
import { CardTitle } from './CalendarCards';
import { ItemLine } from './ItemLine';
import { ACTIVITIES_HREF, activityHref, CONCERNS_HREF, COSTS_HREF } from './links';
import { OverviewCard } from './OverviewCard';

const count = (n: number) => n.toLocaleString('zh-CN');

export function ActivitiesCard({ activities }: Pick<Overview, 'activities'>) {
  const { t } = useTranslation();
  return (
    <OverviewCard
      testId="overview-activities"
      title={<CardTitle text={t('overview.activities.title')} count={activities.total} />}
      href={ACTIVITIES_HREF}
      empty={!activities.total && t('overview.activities.empty')}
      more={activities.total - activities.rows.length}
    >
      {activities.rows.map((a) => (
        <ItemLine
          key={a.id}
          id={a.id}
          testId="overview-activity"
          href={activityHref(a.id)}
          title={a.name}
          meta={[
            a.phase && a.phaseEnd
              ? t('overview.activities.until', { phase: t(`overview.activities.phase.${a.phase}`), date: dayjs(a.phaseEnd).format('M/D') })
              : a.startsOn
                ? t('overview.activities.startsOn', { date: dayjs(a.startsOn).format('M/D') })
                : t('overview.activities.byStatus'),
            `${t('overview.activities.participants')} ${count(a.participants)}`,
            `${t('overview.activities.newFollowers')} ${count(a.newFollowers)}`,
            `${t('overview.activities.cost')} ${formatFen(a.costFen)}`,
          ].join(' · ')}
        />
      ))}
    </OverviewCard>
  );
}

export function BudgetCard({ budget }: Pick<Overview, 'budget'>) {
  const { t } = useTranslation();
  const share = (paid: number, planned: number) => (planned > 0 ? Math.round((paid / planned) * 100) : 0);
  return (
    <OverviewCard testId="overview-budget" title={<CardTitle text={t('overview.budget.title')} />} href={COSTS_HREF} empty={budget.plannedFen === 0 && budget.paidFen === 0 && t('overview.budget.empty')}>
      <div className="overview-budget__total">
        <span className="overview-budget__paid" data-testid="overview-budget-paid">
          {formatFen(budget.paidFen)}
        </span>
        <span className="overview-budget__planned">
          / {formatFen(budget.plannedFen)} {t('overview.budget.planned')}
        </span>
      </div>
      <Progress percent={Math.min(100, share(budget.paidFen, budget.plannedFen))} size="small" format={() => t('overview.budget.share', { percent: `${share(budget.paidFen, budget.plannedFen)}%` })} />
      {budget.byImportance.map((row) => (
        <div key={row.importance} className="overview-budget__row" data-testid="overview-budget-row" data-importance={row.importance}>
          <span className={`overview-importance overview-importance--${row.importance}`}>{t(`overview.budget.importance.${row.importance}`)}</span>
          <span>
            {t('overview.budget.used')} {formatFen(row.paidFen)} / {formatFen(row.plannedFen)}
          </span>
        </div>
      ))}
    </OverviewCard>
  );
}

export function KpisCard({ kpis }: Pick<Overview, 'kpis'>) {
  const { t } = useTranslation();
  return (
    <OverviewCard testId="overview-kpis" title={<CardTitle text={t('overview.kpis.title')} />} href={appraisalRouteDef.href(appraisalRoute())} empty={!kpis.members.length && t('overview.kpis.empty')}>
      {kpis.members.map((member) => (
        <div key={member.memberId} className="overview-kpi-member" data-testid="overview-kpi-member">
          <div className="overview-kpi-member__name">{member.name}</div>
          {member.kpis.map((kpi) => (
            <div key={kpi.kpiId} className="overview-kpi">
              <span className="overview-kpi__name">{kpi.name}</span>
              <KpiBar kpi={kpi} pace={kpis.pace} compact />
            </div>
          ))}
        </div>
      ))}
    </OverviewCard>
  );
}

export function ConcernsCard({ concerns }: Pick<Overview, 'concerns'>) {
  const { t } = useTranslation();
  return (
    <OverviewCard
      testId="overview-concerns"
      title={<CardTitle text={t('overview.concerns.title')} count={concerns.total} />}
      href={CONCERNS_HREF}
      empty={!concerns.total && t('overview.concerns.empty')}
      more={concerns.total - concerns.rows.length}
    >
      {concerns.rows.map((c) => (
        <ItemLine
          key={c.id}
          id={c.id}
          testId="overview-concern"
          href={CONCERNS_HREF}
          lead={t('overview.concerns.frequency', { count: c.frequency })}
          title={c.topic}
          meta={[t(`overview.concerns.category.${c.category}`, { defaultValue: c.category }), c.firstSeen && dayjs(c.firstSeen).format('M/D')].filter(Boolean).join(' · ')}
        />
      ))}
    </OverviewCard>
  );
}
