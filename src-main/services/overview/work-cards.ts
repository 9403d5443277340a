import type { MonthBudget, NewConcern, RunningActivity } from '../../../src-shared/contract/overview';
import { addDays, addMonths } from '../../../src-shared/domain/dates';
import type { ServiceContext } from '../context';

// The cards that read the other issue-12 domains' tables: running and upcoming activities, this month's
// budget, new concerns. A deleted activity hides its phases; its cost lines are deleted with it (one
// stamp), and a line that still lives (synced from a device that had not seen the delete) counts
// here as on 费用, so money is never silently left out.

const LIST_MAX = 5;
const CONCERNS_MAX = 5;
const SOON_DAYS = 14;

/** Prepared per call: restoring a backup reopens the database under `ctx.sqlite`. */
const SQL = {
  // Running = today inside one of its phases, or marked 进行中; the phase shown is today's (正式 before 预热/收尾 when they overlap).
  // Starting soon = its first phase begins within SOON_DAYS: 预热 next week is this morning's business too.
  activities: `SELECT a.id, a.name, a.status, a.participants, a.new_followers AS newFollowers,
      (SELECT ph.phase FROM activity_phases ph WHERE ph.activity_id = a.id AND ph.deleted_at IS NULL AND @today BETWEEN ph.start_date AND ph.end_date
        ORDER BY ph.phase = 'main' DESC, ph.start_date LIMIT 1) AS phase,
      (SELECT min(ph.start_date) FROM activity_phases ph WHERE ph.activity_id = a.id AND ph.deleted_at IS NULL) AS firstDay,
      (SELECT coalesce(sum(c.unit_fen * c.quantity), 0) FROM cost_items c WHERE c.activity_id = a.id AND c.deleted_at IS NULL) AS costFen
    FROM activities a WHERE a.deleted_at IS NULL AND a.status NOT IN ('cancelled', 'done') AND (a.status = 'running' OR EXISTS (
      SELECT 1 FROM activity_phases ph WHERE ph.activity_id = a.id AND ph.deleted_at IS NULL AND ph.start_date <= @soon AND ph.end_date >= @today))
    ORDER BY phase IS NULL, a.status = 'running' DESC, firstDay, a.name`,
  phaseEnd: `SELECT end_date AS endDate FROM activity_phases WHERE id = @id AND deleted_at IS NULL`,
  budget: `SELECT c.importance, coalesce(sum(CASE WHEN c.paid THEN c.unit_fen * c.quantity END), 0) AS paidFen, coalesce(sum(c.unit_fen * c.quantity), 0) AS plannedFen
    FROM cost_items c WHERE c.date >= @first AND c.date < @next AND c.deleted_at IS NULL
    GROUP BY c.importance`,
  concerns: `SELECT id, topic, category, frequency, first_seen AS firstSeen FROM concerns WHERE status = 'new' AND deleted_at IS NULL
    ORDER BY frequency DESC, first_seen DESC LIMIT ${CONCERNS_MAX}`,
  concernCount: `SELECT count(*) AS n FROM concerns WHERE status = 'new' AND deleted_at IS NULL`,
};

const IMPORTANCES = ['important', 'normal'] as const;

export function createWorkCards(ctx: ServiceContext) {
  const all = <T>(sql: string, params: object = {}) => ctx.sqlite.prepare(sql).all(params) as T[];

  return {
    activities(today: string) {
      const rows = all<Omit<RunningActivity, 'phaseEnd' | 'startsOn'> & { firstDay: string | null }>(SQL.activities, { today, soon: addDays(today, SOON_DAYS) });
      const phaseEnd = ctx.sqlite.prepare(SQL.phaseEnd);
      const shown = rows.slice(0, LIST_MAX).map(({ firstDay, ...a }) => ({
        ...a,
        phaseEnd: a.phase ? ((phaseEnd.get({ id: `${a.id}:${a.phase}` }) as { endDate: string } | undefined)?.endDate ?? null) : null,
        startsOn: firstDay && firstDay > today ? firstDay : null,
      }));
      return { rows: shown, total: rows.length };
    },
    budget(today: string): MonthBudget {
      const first = `${today.slice(0, 7)}-01`;
      const rows = all<{ importance: string; paidFen: number; plannedFen: number }>(SQL.budget, { first, next: addMonths(first, 1) });
      const byImportance = IMPORTANCES.map((importance) => {
        const row = rows.find((r) => r.importance === importance);
        return { importance, paidFen: row?.paidFen ?? 0, plannedFen: row?.plannedFen ?? 0 };
      });
      const sum = (key: 'paidFen' | 'plannedFen') => rows.reduce((total, r) => total + r[key], 0);
      return { month: first.slice(0, 7), paidFen: sum('paidFen'), plannedFen: sum('plannedFen'), byImportance };
    },
    concerns() {
      return { rows: all<NewConcern>(SQL.concerns), total: (ctx.sqlite.prepare(SQL.concernCount).get() as { n: number }).n };
    },
  };
}
