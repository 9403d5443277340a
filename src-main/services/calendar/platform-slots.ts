import { and, asc, eq, isNull } from 'drizzle-orm';
import { firstFreeSlot, hasPushSlots, NO_SLOT } from '../../../src-shared/domain/calendar/slots';
import { calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';

/**
 * Gives an account's items the slots its (changed) platform has, in the caller's transaction: none
 * off WeChat; on WeChat an item without one takes its push's first free slot (by time, then by
 * creation), so a Weibo account turned 订阅号 has each day's items as 头条, 次条 ….
 */
export function slotItemsForPlatform(ctx: ServiceContext, accountId: string, platform: string): void {
  const rows = ctx.db
    .select({ id: calendarItems.id, date: calendarItems.date, slot: calendarItems.slot, status: calendarItems.status })
    .from(calendarItems)
    .where(and(eq(calendarItems.accountId, accountId), isNull(calendarItems.deletedAt)))
    .orderBy(asc(calendarItems.date), asc(calendarItems.time), asc(calendarItems.createdAt))
    .all();
  if (!hasPushSlots(platform)) {
    for (const row of rows) if (row.slot !== NO_SLOT) ctx.repo.update(calendarItems, row.id, { slot: NO_SLOT });
    return;
  }
  // The slots each day's push already holds (a cancelled item goes out in no push; the pool holds none).
  const taken = new Map<string, Set<number>>();
  for (const row of rows) if (row.date && row.slot !== NO_SLOT && row.status !== 'cancelled') taken.set(row.date, (taken.get(row.date) ?? new Set()).add(row.slot));
  for (const row of rows) {
    if (row.slot !== NO_SLOT) continue;
    const day = row.date ? (taken.get(row.date) ?? new Set<number>()) : new Set<number>();
    const slot = firstFreeSlot(day);
    if (row.date && row.status !== 'cancelled') taken.set(row.date, day.add(slot));
    ctx.repo.update(calendarItems, row.id, { slot });
  }
}
