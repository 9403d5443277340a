import { asc, isNull } from 'drizzle-orm';
import { accounts, columns, members } from '../../db/schema';
import type { ServiceContext } from '../context';

/** An account as files name it (name, WeChat id, platform). */
export interface NamedAccount {
  id: string;
  name: string;
  handle: string;
  platform: string;
}

/** The live accounts, columns and members by name: what calendar files call them. */
export interface WorkspaceNames {
  accounts: NamedAccount[];
  columns: Array<{ id: string; accountId: string; name: string }>;
  members: Array<{ id: string; name: string }>;
}

export function loadWorkspaceNames(ctx: ServiceContext): WorkspaceNames {
  return {
    accounts: ctx.db.select({ id: accounts.id, name: accounts.name, handle: accounts.handle, platform: accounts.platform }).from(accounts).where(isNull(accounts.deletedAt)).orderBy(asc(accounts.createdAt)).all(),
    columns: ctx.db.select({ id: columns.id, accountId: columns.accountId, name: columns.name }).from(columns).where(isNull(columns.deletedAt)).orderBy(asc(columns.sortOrder)).all(),
    members: ctx.db.select({ id: members.id, name: members.name }).from(members).where(isNull(members.deletedAt)).orderBy(asc(members.createdAt)).all(),
  };
}
