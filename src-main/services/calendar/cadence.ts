import { and, asc, between, eq, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { CadenceFill, CadenceGap, CadenceGapFilter, CadencePlaceholder, CalendarItem } from '../../../src-shared/contract/calendar';
import { firstFreeSlot } from '../../../src-shared/domain/calendar/slots';
import { eachDay } from '../../../src-shared/domain/dates';
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
  name: string;
  ownerId: string | null;
  cadence: Cadence;
}

type Placeholder = CadencePlaceholder & { slot: number; ownerId: string | null; sourceKey: string };

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
    .select({ id: columns.id, accountId: columns.accountId, name: columns.name, ownerId: columns.ownerId, cadence: columns.cadence })
    .from(columns)
    .innerJoin(accounts, and(eq(accounts.id, columns.accountId), isNull(accounts.deletedAt)))
    .where(and(isNull(columns.deletedAt), where))
    .orderBy(asc(columns.accountId), asc(columns.sortOrder), asc(columns.createdAt))
    .all()
    .map((row) => ({ ...row, cadence: parseCadence(row.cadence) }));
}

/**
 * What the range already holds for the chosen columns, in one query: the slots taken on each
 * account's days, the days a column already has an item, and the placeholders made before
 * (wherever they have been moved since).
 */
function existingPlan(ctx: ServiceContext, chosen: readonly CadencedColumn[], from: string, to: string) {
  const items = ctx.db
    .select({ accountId: calendarItems.accountId, date: calendarItems.date, slot: calendarItems.slot, status: calendarItems.status, columnId: calendarItems.columnId, sourceKey: calendarItems.sourceKey })
    .from(calendarItems)
    .where(
      and(
        isNull(calendarItems.deletedAt),
        or(
          and(inArray(calendarItems.accountId, [...new Set(chosen.map((c) => c.accountId))]), between(calendarItems.date, from, to)),
          // The prefix test first, so most rows skip the per-column comparisons (source_key has no index).
          and(like(calendarItems.sourceKey, 'cadence:%'), or(...chosen.map((c) => between(calendarItems.sourceKey, sourceKeyOf(c.id, from), sourceKeyOf(c.id, to))))),
        ),
      ),
    )
    .all();
  const slotsTaken = new Map<string, Set<number>>();
  const columnDays = new Set<string>();
  const sourceKeys = new Set<string>();
  for (const item of items) {
    const day = dayKey(item.accountId, item.date);
    // A cancelled item goes out in no push: its slot is free (as the push rules see it).
    if (item.status !== 'cancelled') slotsTaken.set(day, (slotsTaken.get(day) ?? new Set()).add(item.slot));
    if (item.columnId) columnDays.add(`${item.columnId}|${day}`);
    sourceKeys.add(item.sourceKey);
  }
  return { slotsTaken, columnDays, sourceKeys };
}

/** The placeholders the chosen columns lack in the range, by date, account and slot. */
function planPlaceholders(ctx: ServiceContext, { from, to, columnIds }: CadenceFill): Placeholder[] {
  const chosen = liveColumns(ctx, inArray(columns.id, columnIds));
  const found = new Set(chosen.map((c) => c.id));
  const unknown = columnIds.filter((id) => !found.has(id));
  if (unknown.length) throw new AppError('validation', `columns ${unknown.join(', ')} not found`, [{ path: ['columnIds'], message: 'validation.unknown.column' }]);

  const { slotsTaken, columnDays, sourceKeys } = existingPlan(ctx, chosen, from, to);
  const days = eachDay(from, to);
  const placeholders: Placeholder[] = [];
  for (const column of chosen) {
    for (const date of cadenceDates(column.cadence, days)) {
      const day = dayKey(column.accountId, date);
      const sourceKey = sourceKeyOf(column.id, date);
      if (columnDays.has(`${column.id}|${day}`) || sourceKeys.has(sourceKey)) continue;
      const taken = slotsTaken.get(day) ?? new Set<number>();
      const slot = firstFreeSlot(taken);
      slotsTaken.set(day, taken.add(slot));
      placeholders.push({ columnId: column.id, accountId: column.accountId, date, title: `${column.name}｜待定`, slot, ownerId: column.ownerId, sourceKey });
    }
  }
  return placeholders.sort((a, b) => byText(a.date, b.date) || byText(a.accountId, b.accountId) || a.slot - b.slot);
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
    previewCadence(range: CadenceFill): CadencePlaceholder[] {
      return planPlaceholders(ctx, range).map(({ columnId, accountId, date, title }) => ({ columnId, accountId, date, title }));
    },
    fillCadence(range: CadenceFill): CalendarItem[] {
      const ids = ctx.repo.transaction(() =>
        planPlaceholders(ctx, range).map(({ columnId, accountId, date, title, slot, ownerId, sourceKey }) =>
          insertItem(ctx, { accountId, date, time: '', slot, columnId, title, notes: '', ownerId, dueDate: '', status: 'topic', sourceKey, tags: [] }),
        ),
      );
      return readItems(ctx, ids);
    },
  };
}
