import type { BenchAccount } from '../../../src-shared/contract/benchmarks';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

// Own and peer accounts on one footing: a figure's account_id names either (both are UUIDs).
// Only live accounts count: a deleted peer (or own account) hides its figures until restored.

/** Chinese names in pinyin order, as people look them up. */
export const byName = new Intl.Collator('zh-CN');

type AccountRow = { id: string; kind: 'own' | 'peer'; platform: BenchAccount['platform']; name: string };

/** Own accounts (in the order the accounts list shows them), then peers by name; live only. */
export function liveAccounts(ctx: ServiceContext): BenchAccount[] {
  const own = ctx.sqlite.prepare(`SELECT id, 'own' AS kind, platform, name FROM accounts WHERE deleted_at IS NULL ORDER BY created_at, id`).all() as AccountRow[];
  const peers = ctx.sqlite.prepare(`SELECT id, 'peer' AS kind, platform, name FROM peer_accounts WHERE deleted_at IS NULL`).all() as AccountRow[];
  return [...own, ...peers.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id))].map(({ id, kind, platform, name }) => ({ id, kind, platform, name }));
}

/** The live accounts by id. */
export function accountsById(ctx: ServiceContext): Map<string, BenchAccount> {
  return new Map(liveAccounts(ctx).map((a) => [a.id, a]));
}

/** A live own or peer account, or a validation error on `path` (the form's field, the grid's row). */
export function requireBenchAccount(accounts: ReadonlyMap<string, BenchAccount>, id: string, path: Array<string | number>): BenchAccount {
  const account = accounts.get(id);
  if (!account) throw new AppError('validation', `account ${id} not found`, [{ path, message: 'validation.unknown.account' }]);
  return account;
}

/** The accounts named, in the order given; unknown or deleted ones refused. */
export function requireBenchAccounts(ctx: ServiceContext, ids: readonly string[], field: string): BenchAccount[] {
  const accounts = accountsById(ctx);
  return ids.map((id, i) => requireBenchAccount(accounts, id, [field, i]));
}

/** Which accounts an owner filter keeps: peers (the default), own, or all. */
export function accountsOf(ctx: ServiceContext, owner: 'peer' | 'own' | 'all' = 'peer', ids?: readonly string[]): BenchAccount[] {
  const all = ids ? requireBenchAccounts(ctx, ids, 'accountIds') : liveAccounts(ctx);
  return owner === 'all' ? all : all.filter((a) => a.kind === owner);
}
