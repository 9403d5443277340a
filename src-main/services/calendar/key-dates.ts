import { and, asc, between, eq, isNull } from 'drizzle-orm';
import type { CalendarRange, KeyDate, KeyDateInput, KeyDateKind } from '../../../src-shared/contract/calendar';
import type { Ok } from '../../../src-shared/contract/common';
import { keyDates } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';

// The workspace's own key dates (重要日期: launches, anniversaries, events), a calendar layer.

type KeyDateRow = typeof keyDates.$inferSelect;

function toKeyDate(row: KeyDateRow): KeyDate {
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, date: row.date, name: row.name, kind: row.kind as KeyDateKind, notes: row.notes };
}

export function createKeyDatesService(ctx: ServiceContext) {
  return {
    listKeyDates({ from, to }: CalendarRange): KeyDate[] {
      return ctx.db
        .select()
        .from(keyDates)
        .where(and(between(keyDates.date, from, to), isNull(keyDates.deletedAt)))
        .orderBy(asc(keyDates.date), asc(keyDates.createdAt))
        .all()
        .map(toKeyDate);
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
