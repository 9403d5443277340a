import { and, asc, between, eq, inArray, isNull, ne, type SQL } from 'drizzle-orm';
import type { CalendarItem, CalendarItemData, CalendarItemPatch, CalendarRange, ItemFilter, ItemStatus, KeyDate, KeyDateInput, KeyDateKind, PushProblem } from '../../src-shared/contract/calendar';
import { MAX_SLOT } from '../../src-shared/contract/calendar';
import { checkPushRules } from '../../src-shared/domain/push-rules';
import { accounts, calendarItems, columns, keyDates } from '../db/schema';
import { setTags, tagsInRange, tagsOf } from './calendar-tags';
import type { ServiceContext } from './context';
import { AppError } from './errors';
import { requireLive, requireRow } from './references';

type ItemRow = typeof calendarItems.$inferSelect;
type KeyDateRow = typeof keyDates.$inferSelect;
type Ok = { ok: true };

function toItem(row: ItemRow, tags: readonly string[] = []): CalendarItem {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    accountId: row.accountId,
    date: row.date,
    time: row.time,
    slot: row.slot,
    columnId: row.columnId,
    title: row.title,
    notes: row.notes,
    ownerId: row.ownerId,
    dueDate: row.dueDate,
    status: row.status as ItemStatus,
    sourceKey: row.sourceKey,
    tags: [...tags],
  };
}

function toKeyDate(row: KeyDateRow): KeyDate {
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, date: row.date, name: row.name, kind: row.kind as KeyDateKind, notes: row.notes };
}

const ORDER = [asc(calendarItems.date), asc(calendarItems.accountId), asc(calendarItems.slot), asc(calendarItems.time), asc(calendarItems.createdAt)];

/** The platform of every live account: items of deleted accounts are hidden (their tombstone hides its children). */
function livePlatforms(ctx: ServiceContext): Map<string, string> {
  const rows = ctx.db.select({ id: accounts.id, platform: accounts.platform }).from(accounts).where(isNull(accounts.deletedAt)).all();
  return new Map(rows.map((r) => [r.id, r.platform]));
}

/** The last day of the month of a 'YYYY-MM-DD' date. */
function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Writes a new item and its tags without checking references (callers check; the demo trusts its data). */
export function insertItem(ctx: ServiceContext, values: Omit<CalendarItem, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }): string {
  return ctx.repo.transaction(() => {
    const { tags, ...fields } = values;
    const id = ctx.repo.insert(calendarItems, fields);
    if (tags.length) setTags(ctx, id, tags, { existing: false });
    return id;
  });
}

export function createCalendarService(ctx: ServiceContext) {
  function find(id: string): ItemRow {
    return requireRow(ctx.db.select().from(calendarItems).where(eq(calendarItems.id, id)).get(), 'calendar item', id);
  }
  function findLive(id: string): ItemRow {
    const row = find(id);
    return requireRow(row.deletedAt ? undefined : row, 'calendar item', id);
  }
  function read(ids: readonly string[]): CalendarItem[] {
    const tags = tagsOf(ctx, ids);
    return ids.map((id) => toItem(find(id), tags.get(id)));
  }
  /** A column must be live and belong to the item's account. */
  function requireColumn(columnId: string | null | undefined, accountId: string): void {
    if (!columnId) return;
    const column = ctx.db.select({ accountId: columns.accountId }).from(columns).where(and(eq(columns.id, columnId), isNull(columns.deletedAt))).get();
    if (column?.accountId !== accountId) throw new AppError('validation', `column ${columnId} is not a column of account ${accountId}`, [{ path: ['columnId'], message: 'validation.unknown.column' }]);
  }
  /** The slot an item dropped on a day takes: its own, unless another item of the account already holds it there (then the next free one). */
  function slotOnArrival(id: string, accountId: string, date: string, slot: number): number {
    if (!date) return slot;
    const taken = ctx.db
      .select({ slot: calendarItems.slot })
      .from(calendarItems)
      .where(and(eq(calendarItems.accountId, accountId), eq(calendarItems.date, date), isNull(calendarItems.deletedAt), ne(calendarItems.id, id)))
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
        requireColumn(item.columnId, item.accountId);
        return insertItem(ctx, { ...item, notes: item.notes ?? '', sourceKey: '' });
      });
      return read([id])[0]!;
    },
    updateItem({ id, patch }: { id: string; patch: CalendarItemPatch }): CalendarItem {
      ctx.repo.transaction(() => {
        const current = findLive(id);
        const accountId = patch.accountId ?? current.accountId;
        if (accountId !== current.accountId) requireLive(ctx, 'account', accountId, 'accountId');
        if (patch.ownerId !== undefined && patch.ownerId !== current.ownerId) requireLive(ctx, 'member', patch.ownerId, 'ownerId');
        const columnId = patch.columnId !== undefined ? patch.columnId : current.columnId;
        if (columnId !== current.columnId || accountId !== current.accountId) requireColumn(columnId, accountId);
        const { tags, ...fields } = patch;
        ctx.repo.update(calendarItems, id, fields);
        if (tags) setTags(ctx, id, tags);
      });
      return read([id])[0]!;
    },
    moveItems({ ids, date, accountId, status }: { ids: string[]; date?: string; accountId?: string; status?: ItemStatus }): CalendarItem[] {
      ctx.repo.transaction(() => {
        if (accountId) requireLive(ctx, 'account', accountId, 'accountId');
        for (const id of new Set(ids)) {
          const current = findLive(id);
          const toAccount = accountId ?? current.accountId;
          const toDate = date ?? current.date;
          const patch: Partial<ItemRow> = { date: toDate, accountId: toAccount, status };
          // A column is an account's own: moving to another account leaves the item without one.
          if (toAccount !== current.accountId) patch.columnId = null;
          if (toAccount !== current.accountId || toDate !== current.date) patch.slot = slotOnArrival(id, toAccount, toDate, current.slot);
          ctx.repo.update(calendarItems, id, patch);
        }
      });
      return read([...new Set(ids)]);
    },
    duplicateItems({ ids, date }: { ids: string[]; date?: string }): CalendarItem[] {
      const copies = ctx.repo.transaction(() =>
        [...new Set(ids)].map((id) => {
          const { id: _id, createdAt: _c, updatedAt: _u, ...source } = read([findLive(id).id])[0]!;
          const toDate = date ?? source.date;
          // A copy is not out yet: a published or scheduled original's copy starts as 已定稿.
          const status = source.status === 'published' || source.status === 'scheduled' ? 'approved' : source.status;
          return insertItem(ctx, { ...source, date: toDate, status, sourceKey: '', slot: slotOnArrival('', source.accountId, toDate, source.slot) });
        }),
      );
      return read(copies);
    },
    removeItems({ ids }: { ids: string[] }): Ok {
      ctx.repo.transaction(() => {
        for (const id of ids) {
          find(id);
          ctx.repo.tombstone(calendarItems, id);
        }
      });
      return { ok: true };
    },
    restoreItems({ ids }: { ids: string[] }): CalendarItem[] {
      ctx.repo.transaction(() => {
        for (const id of ids) {
          find(id);
          ctx.repo.restore(calendarItems, id);
        }
      });
      return read([...new Set(ids)]);
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
        if (ids.some((id) => !own.has(id)) || new Set(ids).size !== ids.length) throw new AppError('validation', 'ids must be distinct items of the account on that date');
        ids.forEach((id, index) => ctx.repo.update(calendarItems, id, { slot: index + 1 }));
      });
      return read(ids);
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
  };
}
