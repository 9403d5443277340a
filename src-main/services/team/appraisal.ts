import type { Appraisal, AppraisalInput, AppraisalKpi, KpiMetric } from '../../../src-shared/contract/team-appraisal';
import { addMonths, localDate } from '../../../src-shared/domain/dates';
import { isBehindPace, monthPace } from '../../../src-shared/domain/team/pace';
import type { ServiceContext } from '../context';

// 考核: each computed KPI is one GROUP BY member over the month, read straight from the tables
// that hold the work (the calendar, 对标's article figures, the work log, activities), so an
// appraisal costs five indexed aggregates whatever the team's size.

type Computed = Exclude<KpiMetric, ''>;
/** Per metric: member id → the month's figure. */
type Figures = Record<Computed, Map<string, number>>;

const LIVE_ACCOUNT = 'SELECT id FROM accounts WHERE deleted_at IS NULL';

/**
 * [first day, first day of the next month) for each metric's query. Articles = the member's
 * published calendar items dated in the month. Reads = 对标's figures of own articles published
 * in the month that the import linked to a calendar item (post_metrics.item_id), counted for the
 * item's owner: an article without that link has no known writer. Activities = those the member
 * owns that are not cancelled and have a phase overlapping the month; their new followers are
 * the activities' results as entered.
 */
const QUERIES: Record<Computed, string> = {
  articles: `SELECT i.owner_id AS member, count(*) AS value FROM calendar_items i
    WHERE i.date >= @first AND i.date < @next AND i.status = 'published' AND i.owner_id IS NOT NULL AND i.deleted_at IS NULL
      AND i.account_id IN (${LIVE_ACCOUNT}) GROUP BY i.owner_id`,
  reads: `SELECT i.owner_id AS member, sum(p.reads) AS value FROM post_metrics p JOIN calendar_items i ON i.id = p.item_id
    WHERE p.account_id IN (${LIVE_ACCOUNT}) AND p.published_at >= @first AND p.published_at < @next AND p.deleted_at IS NULL
      AND i.owner_id IS NOT NULL AND i.deleted_at IS NULL GROUP BY i.owner_id`,
  hours: `SELECT member_id AS member, sum(minutes) / 60.0 AS value FROM work_logs
    WHERE date >= @first AND date < @next AND deleted_at IS NULL GROUP BY member_id`,
  activities: `SELECT owner_id AS member, count(*) AS value FROM activities a WHERE ${ranInMonth('a')} GROUP BY owner_id`,
  new_followers: `SELECT owner_id AS member, sum(new_followers) AS value FROM activities a WHERE ${ranInMonth('a')} GROUP BY owner_id`,
};

function ranInMonth(a: string): string {
  return `${a}.owner_id IS NOT NULL AND ${a}.deleted_at IS NULL AND ${a}.status <> 'cancelled' AND EXISTS (SELECT 1 FROM activity_phases ph
    WHERE ph.activity_id = ${a}.id AND ph.deleted_at IS NULL AND ph.start_date < @next AND ph.end_date >= @first)`;
}

interface KpiRow {
  id: string;
  memberId: string;
  memberName: string;
  name: string;
  unit: string;
  metric: string;
  target: number;
}

const KPI_ROWS = `SELECT k.id, k.member_id AS memberId, m.name AS memberName, k.name, k.unit, k.metric, k.target
  FROM member_kpis k JOIN members m ON m.id = k.member_id
  WHERE k.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY m.created_at, m.id, k.position`;

const isComputed = (metric: string): metric is Computed => Object.hasOwn(QUERIES, metric);

/** Hours to one decimal; counts as they are. */
const rounded = (metric: Computed, value: number) => (metric === 'hours' ? Math.round(value * 10) / 10 : value);

export function createAppraisal(ctx: ServiceContext) {
  function figuresOf(month: string, wanted: Set<Computed>): Partial<Figures> {
    const range = { first: `${month}-01`, next: addMonths(`${month}-01`, 1) };
    const out: Partial<Figures> = {};
    for (const metric of wanted) {
      const rows = ctx.sqlite.prepare(QUERIES[metric]).all(range) as Array<{ member: string; value: number | null }>;
      out[metric] = new Map(rows.map((r) => [r.member, rounded(metric, r.value ?? 0)]));
    }
    return out;
  }

  return function appraisal({ month, today = localDate(new Date()) }: AppraisalInput): Appraisal {
    const kpis = ctx.sqlite.prepare(KPI_ROWS).all() as KpiRow[];
    const figures = figuresOf(month, new Set(kpis.map((k) => k.metric).filter(isComputed)));
    const pace = monthPace(month, today);
    const members = new Map<string, Appraisal['members'][number]>();
    for (const k of kpis) {
      const metric = isComputed(k.metric) ? k.metric : '';
      const actual = metric ? (figures[metric]?.get(k.memberId) ?? 0) : null;
      const row: AppraisalKpi = {
        kpiId: k.id,
        name: k.name,
        unit: k.unit,
        metric,
        target: k.target,
        actual,
        progress: actual !== null && k.target > 0 ? actual / k.target : null,
        behind: isBehindPace(actual, k.target, pace),
      };
      const member = members.get(k.memberId) ?? { memberId: k.memberId, name: k.memberName, kpis: [] };
      member.kpis.push(row);
      members.set(k.memberId, member);
    }
    return { month, pace, members: [...members.values()] };
  };
}
