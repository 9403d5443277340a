import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { CalendarItem, ItemStatus } from '../../../src-shared/contract/calendar';
import { accounts, calendarItems, columns } from '../../db/schema';
import { setTags, tagsOf } from './tags';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';

// Reading and writing calendar item rows, shared by the calendar service's modules and the demo.

export type ItemRow = typeof calendarItems.$inferSelect;

const CHUNK = 500;

export function toItem(row: ItemRow, tags: readonly string[] = []): CalendarItem {
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

/** The platform of every live account: items of deleted accounts are hidden (their tombstone hides its children). */
export function livePlatforms(ctx: ServiceContext): Map<string, string> {
  const rows = ctx.db.select({ id: accounts.id, platform: accounts.platform }).from(accounts).where(isNull(accounts.deletedAt)).all();
  return new Map(rows.map((r) => [r.id, r.platform]));
}

/** An account's platform ('' for an unknown account: callers check references first). */
export function platformOf(ctx: ServiceContext, accountId: string): string {
  return ctx.db.select({ platform: accounts.platform }).from(accounts).where(eq(accounts.id, accountId)).get()?.platform ?? '';
}

/** An account's 负责人: who answers for its items until a column or the operator says otherwise. */
export function accountOwnerOf(ctx: ServiceContext, accountId: string): string | null {
  return ctx.db.select({ ownerId: accounts.ownerId }).from(accounts).where(eq(accounts.id, accountId)).get()?.ownerId ?? null;
}

/** The slots the account's other live, not cancelled items hold on a date (a cancelled item goes out in no push; the pool holds none). */
export function slotsTaken(ctx: ServiceContext, accountId: string, date: string, exceptId = ''): number[] {
  if (!date) return [];
  return ctx.db
    .select({ slot: calendarItems.slot })
    .from(calendarItems)
    .where(and(eq(calendarItems.accountId, accountId), eq(calendarItems.date, date), isNull(calendarItems.deletedAt), ne(calendarItems.id, exceptId), ne(calendarItems.status, 'cancelled')))
    .all()
    .map((r) => r.slot);
}

/** The item row (tombstoned or not) or a not-found error. */
export function findItem(ctx: ServiceContext, id: string): ItemRow {
  return requireRow(ctx.db.select().from(calendarItems).where(eq(calendarItems.id, id)).get(), 'calendar item', id);
}

export function findLiveItem(ctx: ServiceContext, id: string): ItemRow {
  const row = findItem(ctx, id);
  return requireRow(row.deletedAt ? undefined : row, 'calendar item', id);
}

/** The items with their tags, in the order of `ids`, in one query per 500 ids. */
export function readItems(ctx: ServiceContext, ids: readonly string[]): CalendarItem[] {
  const rows = new Map<string, ItemRow>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const row of ctx.db
      .select()
      .from(calendarItems)
      .where(inArray(calendarItems.id, ids.slice(i, i + CHUNK)))
      .all())
      rows.set(row.id, row);
  }
  const tags = tagsOf(ctx, ids);
  return ids.map((id) => toItem(requireRow(rows.get(id), 'calendar item', id), tags.get(id)));
}

/** A column must be live and belong to the item's account; answers its owner (null without a column). */
export function requireColumn(ctx: ServiceContext, columnId: string | null | undefined, accountId: string): { ownerId: string | null } | null {
  if (!columnId) return null;
  const column = ctx.db
    .select({ accountId: columns.accountId, ownerId: columns.ownerId })
    .from(columns)
    .where(and(eq(columns.id, columnId), isNull(columns.deletedAt)))
    .get();
  if (column?.accountId !== accountId) throw new AppError('validation', `column ${columnId} is not a column of account ${accountId}`, [{ path: ['columnId'], message: 'validation.unknown.column' }]);
  return { ownerId: column.ownerId };
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
