import { and, asc, between, eq, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { CadenceFill, CadenceGap, CadenceGapFilter, CadencePreview, CalendarItem, PushProblem } from '../../../src-shared/contract/calendar';
import { checkPushRules, type PlanItem } from '../../../src-shared/domain/calendar/push-rules';
import { firstFreeSlot, hasPushSlots, NO_SLOT } from '../../../src-shared/domain/calendar/slots';
import { eachDay, monthEnd, monthStart } from '../../../src-shared/domain/dates';
import { cadenceDates, isCadenceDay, parseCadence, type Cadence } from '../../../src-shared/domain/columns/cadence';
import { accounts, calendarItems, columns } from '../../db/schema';
import { insertItem, readItems } from './item-rows';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

// Column cadences on the calendar: a column that appears every Tuesday should have an item every
// Tuesday. cadenceGaps finds the days an account has nothing although a column is due;
// fillCadence puts 选题 placeholders on a column's cadence days.

interface CadencedColumn {
  id: string;
  accountId: string;
  /** The account's platform: only WeChat's placeholders take slots and count toward push limits. */
  platform: string;
  /** The account's 常用推送时间 ('' when unset): the time its placeholders start with. */
  usualPushTime: string;
  name: string;
  ownerId: string | null;
  /** The account's 负责人: the placeholders' owner when the column has none. */
  accountOwnerId: string | null;
  cadence: Cadence;
}

type Placeholder = CadencePreview['placeholders'][number] & { slot: number; ownerId: string | null; time: string };

/** Marks a placeholder, so a second fill does not make it again even after it was moved or given another column. */
function sourceKeyOf(columnId: string, date: string): string {
  return `cadence:${columnId}:${date}`;
}

function dayKey(accountId: string, date: string): string {
  return `${accountId}|${date}`;
}

/** Plain code-unit order (localeCompare may weigh the '-' in dates and ids differently). */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The live columns of live accounts matching `where`, by account and the columns' own order. */
function liveColumns(ctx: ServiceContext, where: SQL | undefined): CadencedColumn[] {
  return ctx.db
    .select({
      id: columns.id,
      accountId: columns.accountId,
      platform: accounts.platform,
      usualPushTime: accounts.usualPushTime,
      name: columns.name,
      ownerId: columns.ownerId,
      accountOwnerId: accounts.ownerId,
      cadence: columns.cadence,
    })
    .from(columns)
    .innerJoin(accounts, and(eq(accounts.id, columns.accountId), isNull(accounts.deletedAt)))
    .where(and(isNull(columns.deletedAt), where))
    .orderBy(asc(columns.accountId), asc(columns.sortOrder), asc(columns.createdAt))
    .all()
    .map((row) => ({ ...row, cadence: parseCadence(row.cadence) }));
}

/**
 * What the range's whole months already hold for the chosen columns' accounts, in one query: the
 * WeChat slots taken on each account's days, the days a column already has an item, the
 * placeholders made before (wherever they have been moved since), and the plan the push rules see.
 */
function existingPlan(ctx: ServiceContext, chosen: readonly CadencedColumn[], from: string, to: string) {
  const start = monthStart(from);
  const end = monthEnd(to);
  const accountIds = new Set(chosen.map((c) => c.accountId));
  const wechat = new Set(chosen.filter((c) => hasPushSlots(c.platform)).map((c) => c.accountId));
  const items = ctx.db
    .select({
      id: calendarItems.id,
      accountId: calendarItems.accountId,
      date: calendarItems.date,
      slot: calendarItems.slot,
      status: calendarItems.status,
      columnId: calendarItems.columnId,
      sourceKey: calendarItems.sourceKey,
    })
    .from(calendarItems)
    .where(
      and(
        isNull(calendarItems.deletedAt),
        or(
          // Whole months: a service account's monthly limit counts every push of the month.
          and(inArray(calendarItems.accountId, [...accountIds]), between(calendarItems.date, start, end)),
          // The prefix test first, so most rows skip the per-column comparisons (source_key has no index).
          and(like(calendarItems.sourceKey, 'cadence:%'), or(...chosen.map((c) => between(calendarItems.sourceKey, sourceKeyOf(c.id, from), sourceKeyOf(c.id, to))))),
        ),
      ),
    )
    .all();
  const slotsTaken = new Map<string, Set<number>>();
  const columnDays = new Set<string>();
  const sourceKeys = new Set<string>();
  const plan: PlanItem[] = [];
  for (const item of items) {
    const day = dayKey(item.accountId, item.date);
    const planned = accountIds.has(item.accountId) && item.date >= start && item.date <= end;
    if (planned) plan.push(item);
    // A cancelled item goes out in no push: its slot is free (as the push rules see it).
    if (planned && wechat.has(item.accountId) && item.status !== 'cancelled') slotsTaken.set(day, (slotsTaken.get(day) ?? new Set()).add(item.slot));
    if (item.columnId) columnDays.add(`${item.columnId}|${day}`);
    sourceKeys.add(item.sourceKey);
  }
  return { slotsTaken, columnDays, sourceKeys, plan };
}

/**
 * The placeholders the chosen columns lack in the range, by date, account and slot; days before
 * `today` are left out (and counted) unless `includePast`. A placeholder of a platform without
 * pushes has no slot and takes none.
 */
function planPlaceholders(ctx: ServiceContext, { from, to, columnIds, today, includePast }: CadenceFill) {
  const chosen = liveColumns(ctx, inArray(columns.id, columnIds));
  const found = new Set(chosen.map((c) => c.id));
  const unknown = columnIds.filter((id) => !found.has(id));
  if (unknown.length) throw new AppError('validation', `columns ${unknown.join(', ')} not found`, [{ path: ['columnIds'], message: 'validation.unknown.column' }]);

  const { slotsTaken, columnDays, sourceKeys, plan } = existingPlan(ctx, chosen, from, to);
  const days = eachDay(from, to);
  const placeholders: Placeholder[] = [];
  let skippedPast = 0;
  for (const column of chosen) {
    for (const date of cadenceDates(column.cadence, days)) {
      const day = dayKey(column.accountId, date);
      const sourceKey = sourceKeyOf(column.id, date);
      if (columnDays.has(`${column.id}|${day}`) || sourceKeys.has(sourceKey)) continue;
      if (today && !includePast && date < today) {
        skippedPast++;
        continue;
      }
      let slot = NO_SLOT;
      if (hasPushSlots(column.platform)) {
        const taken = slotsTaken.get(day) ?? new Set<number>();
        slot = firstFreeSlot(taken);
        slotsTaken.set(day, taken.add(slot));
      }
      placeholders.push({ columnId: column.id, accountId: column.accountId, date, title: `${column.name}｜待定`, slot, ownerId: column.ownerId ?? column.accountOwnerId, time: column.usualPushTime, sourceKey });
    }
  }
  placeholders.sort((a, b) => byText(a.date, b.date) || byText(a.accountId, b.accountId) || a.slot - b.slot);
  const platforms = [...new Map(chosen.map((c) => [c.accountId, { id: c.accountId, platform: c.platform }])).values()];
  return { placeholders, skippedPast, plan, platforms };
}

/** The push-rule problems the placeholders would cause or change: those of the plan with them that the plan without them lacks (the same problem, items and all). */
function problemsAdded(plan: readonly PlanItem[], placeholders: readonly Placeholder[], accounts: Parameters<typeof checkPushRules>[1]): PushProblem[] {
  const before = new Set(checkPushRules(plan, accounts).map((p) => JSON.stringify(p)));
  const planned = placeholders.map((p) => ({ id: p.sourceKey, accountId: p.accountId, date: p.date, slot: p.slot, status: 'topic' }));
  return checkPushRules([...plan, ...planned], accounts).filter((p) => !before.has(JSON.stringify(p)));
}

export function createCalendarCadenceService(ctx: ServiceContext) {
  return {
    cadenceGaps({ from, to, accountIds }: CadenceGapFilter): CadenceGap[] {
      const ofAccounts = (accountId: AnySQLiteColumn) => (accountIds ? inArray(accountId, accountIds) : undefined);
      const busy = new Set(
        ctx.db
          .select({ accountId: calendarItems.accountId, date: calendarItems.date })
          .from(calendarItems)
          .where(and(between(calendarItems.date, from, to), isNull(calendarItems.deletedAt), ofAccounts(calendarItems.accountId)))
          .all()
          .map((r) => dayKey(r.accountId, r.date)),
      );
      const due = liveColumns(ctx, ofAccounts(columns.accountId));
      // Day by day, columns in their (account, column) order: the gaps come out sorted.
      const gaps: CadenceGap[] = [];
      for (const date of eachDay(from, to)) {
        let last: CadenceGap | undefined;
        for (const column of due) {
          if (!isCadenceDay(column.cadence, date) || busy.has(dayKey(column.accountId, date))) continue;
          if (last?.accountId === column.accountId) last.columnIds.push(column.id);
          else gaps.push((last = { accountId: column.accountId, date, columnIds: [column.id] }));
        }
      }
      return gaps;
    },
    previewCadence(range: CadenceFill): CadencePreview {
      const { placeholders, skippedPast, plan, platforms } = planPlaceholders(ctx, range);
      return {
        placeholders: placeholders.map(({ columnId, accountId, date, title, sourceKey }) => ({ columnId, accountId, date, title, sourceKey })),
        skippedPast,
        problems: problemsAdded(plan, placeholders, platforms),
      };
    },
    fillCadence(range: CadenceFill): CalendarItem[] {
      const ids = ctx.repo.transaction(() =>
        planPlaceholders(ctx, range).placeholders.map(({ columnId, accountId, date, title, slot, ownerId, time, sourceKey }) =>
          insertItem(ctx, { accountId, date, time, slot, columnId, title, notes: '', ownerId, dueDate: '', status: 'topic', sourceKey, tags: [] }),
        ),
      );
      return readItems(ctx, ids);
    },
  };
}
