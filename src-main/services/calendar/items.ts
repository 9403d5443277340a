import { and, asc, between, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { MAX_TAGS, type CalendarItem, type CalendarItemData, type CalendarItemPatch, type ItemFilter } from '../../../src-shared/contract/calendar';
import type { Ok } from '../../../src-shared/contract/common';
import { slotOnPlatform } from '../../../src-shared/domain/calendar/slots';
import { calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive } from '../references';
import { accountOwnerOf, findItem, findLiveItem, insertItem, livePlatforms, platformOf, readItems, requireColumn, slotsTaken, toItem } from './item-rows';
import { setTags, tagsInRange, tagsOf } from './tags';

// Reading, creating, editing, deleting and restoring calendar items (内容日历 / 选题库).

const ORDER = [asc(calendarItems.date), asc(calendarItems.accountId), asc(calendarItems.slot), asc(calendarItems.time), asc(calendarItems.createdAt)];

type ItemEditData = { id: string; patch?: CalendarItemPatch; addTags?: string[]; removeTags?: string[] };

/** Writes one edit of a live item, checking the references it changes (the caller holds the transaction). */
function applyEdit(ctx: ServiceContext, { id, patch = {}, addTags, removeTags }: ItemEditData, tagsBefore?: Map<string, string[]>): void {
  const current = findLiveItem(ctx, id);
  const accountId = patch.accountId ?? current.accountId;
  if (accountId !== current.accountId) requireLive(ctx, 'account', accountId, 'accountId');
  if (patch.ownerId !== undefined && patch.ownerId !== current.ownerId) requireLive(ctx, 'member', patch.ownerId, 'ownerId');
  const columnId = patch.columnId !== undefined ? patch.columnId : current.columnId;
  if (columnId !== current.columnId || accountId !== current.accountId) requireColumn(ctx, columnId, accountId);
  const { tags, ...fields } = patch;
  // Whatever was sent, the slot follows the platform: none off WeChat, a free one when an item comes to WeChat without one.
  const date = patch.date ?? current.date;
  const slot = slotOnPlatform(platformOf(ctx, accountId), patch.slot ?? current.slot, () => slotsTaken(ctx, accountId, date, id));
  ctx.repo.update(calendarItems, id, { ...fields, slot });
  if (!tags && !addTags?.length && !removeTags?.length) return;
  const wanted = new Set(tags ?? tagsBefore?.get(id) ?? tagsOf(ctx, [id]).get(id) ?? []);
  for (const tag of addTags ?? []) wanted.add(tag);
  for (const tag of removeTags ?? []) wanted.delete(tag);
  if (wanted.size > MAX_TAGS) throw new AppError('validation', `item ${id} would have more than ${MAX_TAGS} tags`, [{ path: ['tags'], message: 'validation.tooMany', params: { max: MAX_TAGS } }]);
  setTags(ctx, id, [...wanted]);
}

export function createCalendarItemsService(ctx: ServiceContext) {
  return {
    listItems(filter: ItemFilter): CalendarItem[] {
      const where: SQL[] = [between(calendarItems.date, filter.from, filter.to), isNull(calendarItems.deletedAt)];
      if (filter.accountIds) where.push(inArray(calendarItems.accountId, filter.accountIds));
      if (filter.statuses) where.push(inArray(calendarItems.status, filter.statuses));
      if (filter.ownerIds) where.push(inArray(calendarItems.ownerId, filter.ownerIds));
      if (filter.columnIds) where.push(inArray(calendarItems.columnId, filter.columnIds));
      const rows = ctx.db
        .select()
        .from(calendarItems)
        .where(and(...where))
        .orderBy(...ORDER)
        .all();
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
      const rows = ctx.db
        .select()
        .from(calendarItems)
        .where(and(...where))
        .orderBy(asc(calendarItems.createdAt))
        .all()
        .filter((r) => live.has(r.accountId));
      const tags = tagsOf(
        ctx,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toItem(row, tags.get(row.id)));
    },
    createItem(item: CalendarItemData): CalendarItem {
      const id = ctx.repo.transaction(() => {
        requireLive(ctx, 'account', item.accountId, 'accountId');
        const column = requireColumn(ctx, item.columnId, item.accountId);
        // Left out, the owner is the column's, as 按栏目生成's placeholders have it.
        const ownerId = item.ownerId === undefined ? (column?.ownerId ?? accountOwnerOf(ctx, item.accountId)) : item.ownerId;
        if (item.ownerId !== undefined) requireLive(ctx, 'member', ownerId, 'ownerId');
        const slot = slotOnPlatform(platformOf(ctx, item.accountId), item.slot, () => slotsTaken(ctx, item.accountId, item.date));
        return insertItem(ctx, { ...item, ownerId, slot, notes: item.notes ?? '', sourceKey: '' });
      });
      return readItems(ctx, [id])[0]!;
    },
    updateItem({ id, patch }: { id: string; patch: CalendarItemPatch }): CalendarItem {
      ctx.repo.transaction(() => applyEdit(ctx, { id, patch }));
      return readItems(ctx, [id])[0]!;
    },
    editItems({ edits }: { edits: ItemEditData[] }): { items: CalendarItem[]; before: CalendarItem[] } {
      const ids = [...new Set(edits.map((edit) => edit.id))];
      // Read inside the transaction, so `before` is exactly what the edits replaced.
      const before = ctx.repo.transaction(() => {
        for (const id of ids) findLiveItem(ctx, id);
        const before = readItems(ctx, ids);
        const tagsBefore = new Map(before.map((item) => [item.id, item.tags]));
        for (const edit of edits) applyEdit(ctx, edit, tagsBefore);
        return before;
      });
      return { items: readItems(ctx, ids), before };
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
  };
}
