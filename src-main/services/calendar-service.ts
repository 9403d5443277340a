import { and, asc, between, eq, getTableColumns, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Attention, CalendarItem, CalendarItemData, CalendarItemPatch, CalendarRange, ItemFilter, ItemStatus, KeyDate, KeyDateInput, KeyDateKind, Placement, PushProblem } from '../../src-shared/contract/calendar';
import { MAX_SLOT } from '../../src-shared/contract/calendar';
import { checkPushRules } from '../../src-shared/domain/push-rules';
import { accounts, calendarItems, keyDates } from '../db/schema';
import { createCalendarCadenceService } from './calendar-cadence';
import { findItem, findLiveItem, insertItem, livePlatforms, readItems, requireColumn, toItem, type ItemRow } from './calendar-items';
import { setTags, tagsInRange, tagsOf } from './calendar-tags';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { requireLive, requireRow } from './references';

type KeyDateRow = typeof keyDates.$inferSelect;
type Ok = { ok: true };

function toKeyDate(row: KeyDateRow): KeyDate {
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, date: row.date, name: row.name, kind: row.kind as KeyDateKind, notes: row.notes };
}

const ORDER = [asc(calendarItems.date), asc(calendarItems.accountId), asc(calendarItems.slot), asc(calendarItems.time), asc(calendarItems.createdAt)];

/** 选题/撰写中/待审核: not through review yet, so a passed date or due date means the draft is late. */
const UNFINISHED: ItemStatus[] = ['topic', 'writing', 'review'];
const OVERDUE_MAX = 50;
/** Items of deleted accounts are hidden (the account's tombstone hides its children). */
const OF_LIVE_ACCOUNT = and(eq(accounts.id, calendarItems.accountId), isNull(accounts.deletedAt));
/** The first deadline an overdue item missed: the earlier of its due date and its date, either of which may be ''. */
const MISSED_SINCE = sql`min(coalesce(nullif(${calendarItems.dueDate}, ''), ${calendarItems.date}), coalesce(nullif(${calendarItems.date}, ''), ${calendarItems.dueDate}))`;

/** The last day of the month of a 'YYYY-MM-DD' date. */
function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function createCalendarService(ctx: ServiceContext) {
  /** The live items of live accounts matching `where`, ready to be ordered (a deleted account hides its items). */
  function liveItems(where: SQL | undefined) {
    return ctx.db.select(getTableColumns(calendarItems)).from(calendarItems).innerJoin(accounts, OF_LIVE_ACCOUNT).where(and(isNull(calendarItems.deletedAt), where));
  }
  function countLiveItems(where: SQL | undefined): number {
    return ctx.db.select({ n: sql<number>`count(*)` }).from(calendarItems).innerJoin(accounts, OF_LIVE_ACCOUNT).where(and(isNull(calendarItems.deletedAt), where)).get()!.n;
  }
  /** The slot an item dropped on a day takes: its own, unless another item of the account already holds it there (then the next free one). */
  function slotOnArrival(id: string, accountId: string, date: string, slot: number): number {
    if (!date) return slot;
    const taken = ctx.db
      .select({ slot: calendarItems.slot })
      .from(calendarItems)
      .where(and(eq(calendarItems.accountId, accountId), eq(calendarItems.date, date), isNull(calendarItems.deletedAt), ne(calendarItems.id, id), ne(calendarItems.status, 'cancelled')))
      .all()
      .map((r) => r.slot);
    if (!taken.includes(slot)) return slot;
    return Math.min(MAX_SLOT, Math.max(...taken) + 1);
  }

  return {
    listItems(filter: ItemFilter): CalendarItem[] {
      const where: SQL[] = [between(calendarItems.date, filter.from, filter.to), isNull(calendarItems.deletedAt)];
      if (filter.accountIds) where.push(inArray(calendarItems.accountId, filter.accountIds));
      if (filter.statuses) where.push(inArray(calendarItems.status, filter.statuses));
      if (filter.ownerIds) where.push(inArray(calendarItems.ownerId, filter.ownerIds));
      if (filter.columnIds) where.push(inArray(calendarItems.columnId, filter.columnIds));
      const rows = ctx.db.select().from(calendarItems).where(and(...where)).orderBy(...ORDER).all();
      const live = livePlatforms(ctx);
      const tags = tagsInRange(ctx, filter.from, filter.to);
      const wanted = filter.tags ? new Set(filter.tags) : undefined;
      const out: CalendarItem[] = [];
      for (const row of rows) {
        if (!live.has(row.accountId)) continue;
        const own = tags.get(row.id);
        if (wanted && !own?.some((t) => wanted.has(t))) continue;
        out.push(toItem(row, own));
      }
      return out;
    },
    listPool({ accountIds }: { accountIds?: string[] }): CalendarItem[] {
      const where: SQL[] = [eq(calendarItems.date, ''), isNull(calendarItems.deletedAt)];
      if (accountIds) where.push(inArray(calendarItems.accountId, accountIds));
      const live = livePlatforms(ctx);
      const rows = ctx.db.select().from(calendarItems).where(and(...where)).orderBy(asc(calendarItems.createdAt)).all().filter((r) => live.has(r.accountId));
      const tags = tagsOf(ctx, rows.map((r) => r.id));
      return rows.map((row) => toItem(row, tags.get(row.id)));
    },
    createItem(item: CalendarItemData): CalendarItem {
      const id = ctx.repo.transaction(() => {
        requireLive(ctx, 'account', item.accountId, 'accountId');
        requireLive(ctx, 'member', item.ownerId, 'ownerId');
        requireColumn(ctx, item.columnId, item.accountId);
        return insertItem(ctx, { ...item, notes: item.notes ?? '', sourceKey: '' });
      });
      return readItems(ctx, [id])[0]!;
    },
    updateItem({ id, patch }: { id: string; patch: CalendarItemPatch }): CalendarItem {
      ctx.repo.transaction(() => {
        const current = findLiveItem(ctx, id);
        const accountId = patch.accountId ?? current.accountId;
        if (accountId !== current.accountId) requireLive(ctx, 'account', accountId, 'accountId');
        if (patch.ownerId !== undefined && patch.ownerId !== current.ownerId) requireLive(ctx, 'member', patch.ownerId, 'ownerId');
        const columnId = patch.columnId !== undefined ? patch.columnId : current.columnId;
        if (columnId !== current.columnId || accountId !== current.accountId) requireColumn(ctx, columnId, accountId);
        const { tags, ...fields } = patch;
        ctx.repo.update(calendarItems, id, fields);
        if (tags) setTags(ctx, id, tags);
      });
      return readItems(ctx, [id])[0]!;
    },
    moveItems({ ids, date, accountId, status }: { ids: string[]; date?: string; accountId?: string; status?: ItemStatus }): { moved: CalendarItem[]; before: Placement[] } {
      const before = ctx.repo.transaction(() => {
        if (accountId) requireLive(ctx, 'account', accountId, 'accountId');
        return [...new Set(ids)].map((id) => {
          const current = findLiveItem(ctx, id);
          const toAccount = accountId ?? current.accountId;
          const toDate = date ?? current.date;
          const patch: Partial<ItemRow> = { date: toDate, accountId: toAccount, status };
          // A column is an account's own: moving to another account leaves the item without one.
          if (toAccount !== current.accountId) patch.columnId = null;
          if (toAccount !== current.accountId || toDate !== current.date) patch.slot = slotOnArrival(id, toAccount, toDate, current.slot);
          ctx.repo.update(calendarItems, id, patch);
          return { id, date: current.date, accountId: current.accountId, slot: current.slot, status: current.status as ItemStatus, columnId: current.columnId };
        });
      });
      return { moved: readItems(ctx, before.map((p) => p.id)), before };
    },
    placeItems({ placements }: { placements: Placement[] }): CalendarItem[] {
      ctx.repo.transaction(() => {
        for (const accountId of new Set(placements.map((p) => p.accountId))) requireLive(ctx, 'account', accountId, 'accountId');
        for (const { id, ...place } of placements) {
          const current = findLiveItem(ctx, id);
          if (place.columnId !== current.columnId || place.accountId !== current.accountId) requireColumn(ctx, place.columnId, place.accountId);
          // The exact slot, not slotOnArrival's: an undo puts back every item it moved, so the old slots are free again.
          ctx.repo.update(calendarItems, id, place);
        }
      });
      return readItems(ctx, placements.map((p) => p.id));
    },
    duplicateItems({ ids, date, accountId }: { ids: string[]; date?: string; accountId?: string }): CalendarItem[] {
      const copies = ctx.repo.transaction(() => {
        if (accountId) requireLive(ctx, 'account', accountId, 'accountId');
        return [...new Set(ids)].map((id) => {
          const { id: _id, createdAt: _c, updatedAt: _u, ...source } = readItems(ctx, [findLiveItem(ctx, id).id])[0]!;
          const toDate = date ?? source.date;
          const toAccount = accountId ?? source.accountId;
          // A copy is not out yet: a published or scheduled original's copy starts as 已定稿.
          const status = source.status === 'published' || source.status === 'scheduled' ? 'approved' : source.status;
          // A column is an account's own: a copy onto another account has none.
          const columnId = toAccount === source.accountId ? source.columnId : null;
          return insertItem(ctx, { ...source, accountId: toAccount, columnId, date: toDate, status, sourceKey: '', slot: slotOnArrival('', toAccount, toDate, source.slot) });
        });
      });
      return readItems(ctx, copies);
    },
    removeItems({ ids }: { ids: string[] }): Ok {
      ctx.repo.transaction(() => {
        for (const id of ids) {
          findItem(ctx, id);
          ctx.repo.tombstone(calendarItems, id);
        }
      });
      return { ok: true };
    },
    restoreItems({ ids }: { ids: string[] }): CalendarItem[] {
      ctx.repo.transaction(() => {
        for (const id of ids) {
          findItem(ctx, id);
          ctx.repo.restore(calendarItems, id);
        }
      });
      return readItems(ctx, [...new Set(ids)]);
    },
    reorderSlots({ accountId, date, ids }: { accountId: string; date: string; ids: string[] }): CalendarItem[] {
      ctx.repo.transaction(() => {
        const own = new Set(
          ctx.db
            .select({ id: calendarItems.id })
            .from(calendarItems)
            .where(and(eq(calendarItems.accountId, accountId), eq(calendarItems.date, date), isNull(calendarItems.deletedAt)))
            .all()
            .map((r) => r.id),
        );
        // The whole push, each item once: reordering a filtered part would leave two items on one slot.
        const wholePush = ids.length === own.size && new Set(ids).size === ids.length && ids.every((id) => own.has(id));
        if (!wholePush) throw new AppError('validation', 'ids must be every item of the account on that date, each once', [{ path: ['ids'], message: 'validation.wholePush' }]);
        ids.forEach((id, index) => ctx.repo.update(calendarItems, id, { slot: index + 1 }));
      });
      return readItems(ctx, ids);
    },
    problems({ from, to }: CalendarRange): PushProblem[] {
      // Whole months are read, so the monthly limit of a service account counts every push of the month.
      const start = `${from.slice(0, 7)}-01`;
      const end = monthEnd(to);
      const live = livePlatforms(ctx);
      const items = ctx.db
        .select({ id: calendarItems.id, accountId: calendarItems.accountId, date: calendarItems.date, slot: calendarItems.slot, status: calendarItems.status })
        .from(calendarItems)
        .where(and(between(calendarItems.date, start, end), isNull(calendarItems.deletedAt)))
        .all();
      const problems = checkPushRules(items, [...live].map(([id, platform]) => ({ id, platform })));
      return problems.filter((p) => p.date.length === 7 || (p.date >= from && p.date <= to));
    },
    attention({ today, accountIds }: { today: string; accountIds?: string[] }): Attention {
      const ofAccounts = (where: SQL | undefined) => (accountIds ? and(where, inArray(calendarItems.accountId, accountIds)) : where);
      const onToday = liveItems(ofAccounts(and(eq(calendarItems.date, today), ne(calendarItems.status, 'cancelled'))))
        .orderBy(asc(calendarItems.accountId), asc(calendarItems.slot), asc(calendarItems.time), asc(calendarItems.createdAt))
        .all();
      const missed = (field: AnySQLiteColumn) => and(ne(field, ''), lt(field, today));
      const isOverdue = ofAccounts(and(inArray(calendarItems.status, UNFINISHED), or(missed(calendarItems.dueDate), missed(calendarItems.date))));
      const overdue = liveItems(isOverdue)
        .orderBy(MISSED_SINCE, asc(calendarItems.accountId), asc(calendarItems.slot), asc(calendarItems.createdAt))
        .limit(OVERDUE_MAX)
        .all();
      const tags = tagsOf(ctx, [...onToday, ...overdue].map((r) => r.id));
      const withTags = (row: ItemRow) => toItem(row, tags.get(row.id));
      return { today: onToday.map(withTags), overdue: overdue.map(withTags), overdueTotal: countLiveItems(isOverdue) };
    },
    listKeyDates({ from, to }: CalendarRange): KeyDate[] {
      return ctx.db.select().from(keyDates).where(and(between(keyDates.date, from, to), isNull(keyDates.deletedAt))).orderBy(asc(keyDates.date), asc(keyDates.createdAt)).all().map(toKeyDate);
    },
    saveKeyDate({ id, ...fields }: KeyDateInput): KeyDate {
      const saved = ctx.repo.transaction(() => {
        if (!id) return ctx.repo.insert(keyDates, { ...fields, notes: fields.notes ?? '' });
        const row = requireRow(ctx.db.select().from(keyDates).where(eq(keyDates.id, id)).get(), 'key date', id);
        requireRow(row.deletedAt ? undefined : row, 'key date', id);
        ctx.repo.update(keyDates, id, fields);
        return id;
      });
      return toKeyDate(ctx.db.select().from(keyDates).where(eq(keyDates.id, saved)).get()!);
    },
    removeKeyDate({ id }: { id: string }): Ok {
      requireRow(ctx.db.select({ id: keyDates.id }).from(keyDates).where(eq(keyDates.id, id)).get(), 'key date', id);
      ctx.repo.tombstone(keyDates, id);
      return { ok: true };
    },
    ...createCalendarCadenceService(ctx),
  };
}
