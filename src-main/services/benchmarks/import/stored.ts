import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ServiceContext } from '../../context';

// Records whose ids come from what they are about (an article, a period of an account, a day), so
// the same fact read from two files, or the same file twice, lands on one row.

/** `post:` + the first 40 hex of sha256(account|YYYY-MM-DD|position|title). */
export function postId(accountId: string, publishedAt: string, position: number, title: string): string {
  return `post:${createHash('sha256').update(`${accountId}|${publishedAt.slice(0, 10)}|${position}|${title}`).digest('hex').slice(0, 40)}`;
}

export const snapshotId = (accountId: string, kind: string, start: string) => `snap:${accountId}:${kind}:${start}`;
export const followerDayId = (accountId: string, date: string) => `fday:${accountId}:${date}`;

const CHUNK = 500;

/**
 * Of the given records, those stored (live or deleted): `same` when live and every value the file
 * gives equals the stored one, else `differs` (new figures, or a deleted row the file brings back).
 */
export function storedStates<V extends Record<string, unknown>>(
  ctx: ServiceContext,
  table: SQLiteTable & { id: SQLiteColumn; deletedAt: SQLiteColumn },
  rows: ReadonlyArray<{ key: string; record: { values: V } }>,
): Map<string, 'same' | 'differs'> {
  const states = new Map<string, 'same' | 'differs'>();
  const wanted = new Map(rows.map((r) => [r.key, r.record.values]));
  const keys = [...wanted.keys()];
  for (let i = 0; i < keys.length; i += CHUNK) {
    const found = ctx.db
      .select()
      .from(table)
      .where(inArray(table.id, keys.slice(i, i + CHUNK)))
      .all() as Array<Record<string, unknown>>;
    for (const stored of found) {
      const id = stored.id as string;
      const values = wanted.get(id)!;
      const same = stored.deletedAt === null && Object.entries(values).every(([field, value]) => value === undefined || stored[field] === value);
      states.set(id, same ? 'same' : 'differs');
    }
  }
  return states;
}

/** The values the file gives (undefined left out), as a patch or an insert. */
export function given<V extends Record<string, unknown>>(values: V): Partial<V> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<V>;
}
