import type { Member } from '../../src-shared/contract/team';
import { addDays, eachDay, weekdayOf } from '../../src-shared/domain/dates';
import { memberKpis, members as membersTable, workLogs } from '../db/schema';
import type { RowValues } from '../sync/repository';
import type { ServiceContext } from '../services/context';
import type { Random, WrittenActivity } from './demo-activities';
import { ACTIVITIES_RECIPE, type WorkCategory } from './demo-activities-recipe';
import type { DemoMember } from './demo-recipe';

// The demo's people costs and work log (issue 12): each member's hourly cost and the KPIs the data
// computes (`metric`), which the team service does not take, set after it created them; then
// 2–4 entries a working day (Monday–Friday) per member over the last weeks up to today, by the
// categories of the member's roles, some linked to a running activity or that day's calendar item.

/** Weeks before this one the work log covers: small 8; large 90 (40 members × about 3 entries × 5 days ≈ 54,000 entries). */
export const DEMO_WORKLOG = { small: { weeks: 8 }, large: { weeks: 90 } } as const;

/** Sets each member's hourly cost and their KPIs' metrics (the recipe's, in the KPIs' order). */
export function applyMemberCosts(ctx: ServiceContext, members: readonly Member[], inputs: readonly DemoMember[]): void {
  members.forEach((member, i) => {
    const input = inputs[i]!;
    ctx.repo.update(membersTable, member.id, { hourlyCostFen: input.hourlyCostFen });
    member.kpis.forEach((kpi, k) => {
      const metric = input.kpis[k]?.metric;
      if (metric) ctx.repo.update(memberKpis, kpi.id, { metric });
    });
  });
}

export interface DemoWorklogInput {
  today: string;
  weeks: number;
  workers: ReadonlyArray<{ id: string; roles: readonly string[] }>;
  activities: readonly WrittenActivity[];
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Minutes of one entry: within the category's range, in steps of 5. */
function minutesOf(random: Random, category: WorkCategory): number {
  const { min, max } = ACTIVITIES_RECIPE.worklog.minutes[category];
  return 5 * Math.round((min + random() * (max - min)) / 5);
}

/** The calendar's items by date over [from, to], for the entries that link to what was written that day. */
function itemsByDate(ctx: ServiceContext, from: string, to: string): Map<string, string[]> {
  const rows = ctx.sqlite.prepare('SELECT id, date FROM calendar_items WHERE deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, id').all(from, to) as Array<{ id: string; date: string }>;
  const byDate = new Map<string, string[]>();
  for (const row of rows) byDate.set(row.date, [...(byDate.get(row.date) ?? []), row.id]);
  return byDate;
}

/** Writes the work log; returns how many entries. */
export function fillDemoWorklog(ctx: ServiceContext, random: Random, input: DemoWorklogInput): number {
  const { today, weeks, workers, activities } = input;
  const { categoriesByRole, notes } = ACTIVITIES_RECIPE.worklog;
  const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
  const from = addDays(monday, -7 * weeks);
  const items = itemsByDate(ctx, from, today);
  const rows: RowValues[] = [];
  const entry = (date: string, memberId: string, category: WorkCategory, linkKind = '', linkId: string | null = null) =>
    rows.push({ date, memberId, category, minutes: minutesOf(random, category), note: pick(random, notes[category]), linkKind, linkId, sourceKey: '' });
  for (const date of eachDay(from, today)) {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) continue;
    const running = activities.filter((a) => a.startDate <= date && date <= a.endDate);
    const pushes = items.get(date) ?? [];
    for (const worker of workers) {
      const categories = worker.roles.flatMap((role): WorkCategory[] => categoriesByRole[role] ?? ['other']);
      let count = 2 + Math.floor(random() * 3);
      const own = running.find((a) => a.ownerId === worker.id);
      if (own || (running.length && random() < 0.3)) {
        entry(date, worker.id, 'activity', 'activity', (own ?? pick(random, running)).id);
        count--;
      }
      for (let n = 0; n < count; n++) {
        const category = pick(random, categories);
        const linked = (category === 'writing' || category === 'design') && pushes.length > 0 && random() < 0.6;
        if (linked) entry(date, worker.id, category, 'calendar', pick(random, pushes));
        else entry(date, worker.id, category);
      }
    }
  }
  ctx.repo.insertMany(workLogs, rows);
  return rows.length;
}
