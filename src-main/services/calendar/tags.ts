import { and, between, eq, inArray, isNull } from 'drizzle-orm';
import { calendarItems, calendarItemTags } from '../../db/schema';
import type { ServiceContext } from '../context';

// Tags of calendar items are a set kept as rows (id = `<itemId>:<tag>`), so two devices adding
// different tags both keep theirs when synced. Removing a tag tombstones its row; adding it again
// brings the same row back.

const CHUNK = 500;

export function tagRowId(itemId: string, tag: string): string {
  return `${itemId}:${tag}`;
}

/** The live tags of the given items, sorted, in one query per 500 items. */
export function tagsOf(ctx: ServiceContext, itemIds: readonly string[]): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  for (let i = 0; i < itemIds.length; i += CHUNK) {
    const rows = ctx.db
      .select({ itemId: calendarItemTags.itemId, tag: calendarItemTags.tag })
      .from(calendarItemTags)
      .where(and(inArray(calendarItemTags.itemId, itemIds.slice(i, i + CHUNK)), isNull(calendarItemTags.deletedAt)))
      .all();
    group(rows, byItem);
  }
  for (const tags of byItem.values()) tags.sort();
  return byItem;
}

function group(rows: Array<{ itemId: string; tag: string }>, byItem: Map<string, string[]>): void {
  for (const row of rows) {
    const tags = byItem.get(row.itemId);
    if (tags) tags.push(row.tag);
    else byItem.set(row.itemId, [row.tag]);
  }
}

/** The live tags of the live items dated within [from, to], in one query (for listItems). */
export function tagsInRange(ctx: ServiceContext, from: string, to: string): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  const rows = ctx.db
    .select({ itemId: calendarItemTags.itemId, tag: calendarItemTags.tag })
    .from(calendarItemTags)
    .innerJoin(calendarItems, eq(calendarItems.id, calendarItemTags.itemId))
    .where(and(between(calendarItems.date, from, to), isNull(calendarItems.deletedAt), isNull(calendarItemTags.deletedAt)))
    .all();
  group(rows, byItem);
  for (const tags of byItem.values()) tags.sort();
  return byItem;
}

/** Makes the item's live tags exactly `wanted` (inserting, restoring or tombstoning rows). */
export function setTags(ctx: ServiceContext, itemId: string, wanted: readonly string[], known?: { existing: false }): void {
  ctx.repo.transaction(() => {
    const want = new Set(wanted);
    const rows = known
      ? []
      : ctx.db
          .select()
          .from(calendarItemTags)
          .where(inArray(calendarItemTags.itemId, [itemId]))
          .all();
    for (const row of rows) {
      if (want.has(row.tag)) {
        if (row.deletedAt) ctx.repo.restore(calendarItemTags, row.id);
        want.delete(row.tag);
      } else if (!row.deletedAt) ctx.repo.tombstone(calendarItemTags, row.id);
    }
    for (const tag of want) ctx.repo.insert(calendarItemTags, { id: tagRowId(itemId, tag), itemId, tag });
  });
}
