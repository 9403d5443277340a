import { and, eq, isNull } from 'drizzle-orm';
import type { CalendarItem, ItemStatus, Placement } from '../../../src-shared/contract/calendar';
import { arrivalSlot, hasPushSlots, NO_SLOT, slotOnPlatform } from '../../../src-shared/domain/calendar/slots';
import { addDays } from '../../../src-shared/domain/dates';
import { calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive } from '../references';
import { findLiveItem, insertItem, platformOf, readItems, requireColumn, slotsTaken, type ItemRow } from './item-rows';

// Planning: moving items between days, accounts and statuses, putting them back (undo), copying
// them, and ordering a push's 头条/次条.

/**
 * Where a moved or copied item lands: `days` on from its own date when it has one (a dragged
 * selection keeps the days between its items), else on `date` ('' = the pool, where no shift
 * applies), else where it is.
 */
function arrivalDate(current: string, date: string | undefined, days: number | undefined): string {
  if (days !== undefined && current && date !== '') return addDays(current, days);
  return date ?? current;
}

export function createCalendarPlanningService(ctx: ServiceContext) {
  /** The slot an item arriving on a day or in the pool takes (src-shared/domain/calendar/slots.ts), given the account's other live items there; none off WeChat. */
  function slotOnArrival(id: string, accountId: string, date: string, slot: number): number {
    if (!hasPushSlots(platformOf(ctx, accountId))) return NO_SLOT;
    return arrivalSlot(slot, slotsTaken(ctx, accountId, date, id));
  }

  return {
    moveItems({ ids, date, days, accountId, status }: { ids: string[]; date?: string; days?: number; accountId?: string; status?: ItemStatus }): { moved: CalendarItem[]; before: Placement[] } {
      const before = ctx.repo.transaction(() => {
        if (accountId) requireLive(ctx, 'account', accountId, 'accountId');
        return [...new Set(ids)].map((id) => {
          const current = findLiveItem(ctx, id);
          const toAccount = accountId ?? current.accountId;
          const toDate = arrivalDate(current.date, date, days);
          const patch: Partial<ItemRow> = { date: toDate, accountId: toAccount, status };
          // A column is an account's own: moving to another account leaves the item without one.
          if (toAccount !== current.accountId) patch.columnId = null;
          if (toAccount !== current.accountId || toDate !== current.date) patch.slot = slotOnArrival(id, toAccount, toDate, current.slot);
          ctx.repo.update(calendarItems, id, patch);
          return { id, date: current.date, accountId: current.accountId, slot: current.slot, status: current.status as ItemStatus, columnId: current.columnId };
        });
      });
      return {
        moved: readItems(
          ctx,
          before.map((p) => p.id),
        ),
        before,
      };
    },
    placeItems({ placements }: { placements: Placement[] }): CalendarItem[] {
      ctx.repo.transaction(() => {
        for (const accountId of new Set(placements.map((p) => p.accountId))) requireLive(ctx, 'account', accountId, 'accountId');
        for (const { id, ...place } of placements) {
          const current = findLiveItem(ctx, id);
          if (place.columnId !== current.columnId || place.accountId !== current.accountId) requireColumn(ctx, place.columnId, place.accountId);
          // The exact slot, not slotOnArrival's: an undo puts back every item it moved, so the old slots are free again.
          const slot = slotOnPlatform(platformOf(ctx, place.accountId), place.slot, () => slotsTaken(ctx, place.accountId, place.date, id));
          ctx.repo.update(calendarItems, id, { ...place, slot });
        }
      });
      return readItems(
        ctx,
        placements.map((p) => p.id),
      );
    },
    duplicateItems({ ids, date, days, accountId }: { ids: string[]; date?: string; days?: number; accountId?: string }): CalendarItem[] {
      const copies = ctx.repo.transaction(() => {
        if (accountId) requireLive(ctx, 'account', accountId, 'accountId');
        return [...new Set(ids)].map((id) => {
          const { id: _id, createdAt: _c, updatedAt: _u, ...source } = readItems(ctx, [findLiveItem(ctx, id).id])[0]!;
          const toDate = arrivalDate(source.date, date, days);
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
    reorderSlots({ accountId, date, ids }: { accountId: string; date: string; ids: string[] }): CalendarItem[] {
      ctx.repo.transaction(() => {
        requireLive(ctx, 'account', accountId, 'accountId');
        if (!hasPushSlots(platformOf(ctx, accountId)))
          throw new AppError('validation', `account ${accountId} is not a WeChat official account: its items have no push order`, [{ path: ['accountId'], message: 'validation.platformLimits.noPushSlots' }]);
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
  };
}
