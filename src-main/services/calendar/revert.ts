import { eq } from 'drizzle-orm';
import type { RevertChange, RevertField, RevertResult } from '../../../src-shared/contract/calendar';
import { calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive } from '../references';
import { hasPushSlots, NO_SLOT } from '../../../src-shared/domain/calendar/slots';
import { platformOf, readItems, requireColumn, type ItemRow } from './item-rows';
import { setTags, tagsOf } from './tags';

// Undo and redo of the calendar's history (issue 8). An undo is a new edit, not time travel: each
// field goes back only where it still holds the value the step wrote, so a value changed since
// (sync, another window) keeps winning, and sync carries the undo like any other edit.

type Kept = RevertResult['kept'];
type Scalar = string | number | boolean | null;
type Revert = { expect: Scalar | string[]; restore: Scalar | string[] };

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Whether a reference check passes; a reference to a row deleted since is no error here, only a value not to put back. */
function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation') return false;
    throw error;
  }
}

/**
 * Leaves out of `patch` what would point at an account, member or column deleted since, or a
 * column of another account; those fields keep their value and are reported.
 */
function withoutDeadReferences(ctx: ServiceContext, row: ItemRow, patch: Partial<ItemRow>, keep: (field: string) => void): void {
  const drop = (field: 'accountId' | 'ownerId' | 'columnId') => {
    delete patch[field];
    keep(field);
  };
  if (patch.accountId !== undefined && !passes(() => requireLive(ctx, 'account', patch.accountId, 'accountId'))) drop('accountId');
  if (patch.ownerId && !passes(() => requireLive(ctx, 'member', patch.ownerId, 'ownerId'))) drop('ownerId');
  if (patch.accountId === undefined && patch.columnId === undefined) return;
  const fits = () => passes(() => requireColumn(ctx, patch.columnId !== undefined ? patch.columnId : row.columnId, patch.accountId ?? row.accountId));
  if (!fits() && patch.columnId !== undefined) drop('columnId');
  // The item's own column belongs to the account it is on now: it cannot go back to the other one.
  if (!fits() && patch.accountId !== undefined) drop('accountId');
}

/** Adds or takes away each tag `expect` and `restore` disagree on, where its presence is still as `expect` says. */
function revertTags(ctx: ServiceContext, id: string, current: readonly string[], { expect, restore }: { expect: string[]; restore: string[] }): void {
  const next = new Set(current);
  for (const tag of new Set([...expect, ...restore])) {
    const wrote = expect.includes(tag);
    const back = restore.includes(tag);
    if (wrote !== back && next.has(tag) === wrote) {
      if (back) next.add(tag);
      else next.delete(tag);
    }
  }
  if (!sameSet([...next], current)) setTags(ctx, id, [...next]);
}

/** Applies one item's change; answers whether the item is deleted afterwards. */
function revertOne(ctx: ServiceContext, { id, fields }: RevertChange, kept: Kept): boolean {
  const row = ctx.db.select().from(calendarItems).where(eq(calendarItems.id, id)).get();
  if (!row) {
    // Gone for good (never synced here, or purged): nothing to put back, the step goes on.
    kept.push({ id, field: 'deleted' });
    return true;
  }
  const tags = tagsOf(ctx, [id]).get(id) ?? [];
  const current: Record<string, unknown> = { ...row, tags, deleted: row.deletedAt !== null };
  const entries = Object.entries(fields) as Array<[RevertField, Revert]>;
  const holds = (field: RevertField, expect: Revert['expect']) => (field === 'tags' ? sameSet(tags, expect as string[]) : current[field] === expect);
  const changedSince = entries.some(([field, { expect }]) => field !== 'deleted' && !holds(field, expect));
  const writes = entries.filter(([field, { expect, restore }]) => field !== 'deleted' && JSON.stringify(expect) !== JSON.stringify(restore));

  let deleted = row.deletedAt !== null;
  const tombstone = fields.deleted;
  if (tombstone && tombstone.expect !== tombstone.restore && deleted === tombstone.expect) {
    // Deleting (the undo of a create, the redo of a delete) needs the item as the step left it.
    if (tombstone.restore && changedSince) kept.push({ id, field: 'deleted' });
    else {
      if (tombstone.restore) ctx.repo.tombstone(calendarItems, id);
      else ctx.repo.restore(calendarItems, id);
      deleted = tombstone.restore;
    }
  }
  if (deleted) {
    // An item deleted since is left as it is.
    if (writes.length > 0) kept.push({ id, field: 'deleted' });
    return true;
  }

  const patch: Record<string, unknown> = {};
  for (const [field, { expect, restore }] of writes) {
    if (field === 'tags') continue;
    if (holds(field, expect)) patch[field] = restore;
    else kept.push({ id, field });
  }
  withoutDeadReferences(ctx, row, patch as Partial<ItemRow>, (field) => kept.push({ id, field }));
  // The slot follows the platform of the account the item ends on: none off WeChat, never 0 on it.
  if ('slot' in patch || 'accountId' in patch) {
    const slot = (patch.slot as number | undefined) ?? row.slot;
    patch.slot = hasPushSlots(platformOf(ctx, (patch.accountId as string | undefined) ?? row.accountId)) ? Math.max(1, slot) : NO_SLOT;
  }
  // The exact slot, as placeItems: an undo puts back every item of its step, so the old slots are free again.
  ctx.repo.update(calendarItems, id, patch);
  if (fields.tags) revertTags(ctx, id, tags, fields.tags);
  return false;
}

export function createCalendarRevertService(ctx: ServiceContext) {
  return {
    revertItems({ changes }: { changes: RevertChange[] }): RevertResult {
      const kept: Kept = [];
      const deleted = ctx.repo.transaction(() => changes.filter((change) => revertOne(ctx, change, kept)).map((change) => change.id));
      const gone = new Set(deleted);
      return {
        items: readItems(
          ctx,
          changes.map((change) => change.id).filter((id) => !gone.has(id)),
        ),
        deleted,
        kept,
      };
    },
  };
}
