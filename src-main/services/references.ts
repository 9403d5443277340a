import { and, eq, isNull } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { accounts, activities, assets, members } from '../db/schema';
import type { ServiceContext } from './context';
import { AppError } from './errors';

type TableWithId = SQLiteTable & { id: SQLiteColumn; deletedAt: SQLiteColumn };

function isLive(ctx: ServiceContext, table: TableWithId, id: string): boolean {
  return (
    ctx.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), isNull(table.deletedAt)))
      .get() !== undefined
  );
}

const REFERENCED = { account: accounts, member: members, asset: assets, activity: activities } as const;

/** Refuses a reference to a row that does not exist (or was deleted), naming the field (or its path) for the form. */
export function requireLive(ctx: ServiceContext, table: keyof typeof REFERENCED, id: string | null | undefined, field: string | Array<string | number>): void {
  if (id === null || id === undefined) return;
  if (!isLive(ctx, REFERENCED[table] as TableWithId, id)) throw new AppError('validation', `${table} ${id} not found`, [{ path: Array.isArray(field) ? field : [field], message: `validation.unknown.${table}` }]);
}

/** The row (tombstoned or not) or a not-found error. */
export function requireRow<T>(row: T | undefined, what: string, id: string): T {
  if (!row) throw new AppError('not_found', `${what} ${id} not found`);
  return row;
}
