import { eq } from 'drizzle-orm';
import { ACTIVITY_PHASES, type ActivityInput, type PhaseInput } from '../../../src-shared/contract/activities';
import { activityAccounts, activityPhases } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive } from '../references';

// An activity's phases and accounts are sets of rows with deterministic ids (`<activity>:<phase>`,
// `<activity>:<account>`): saving a set tombstones the members left out and restores or inserts
// the others, so two devices adding the same account make one row, not two.

type Phases = NonNullable<ActivityInput['phases']>;

/** Refuses what the contract cannot see: two phases of one kind, unknown accounts, owner and images. */
export function checkReferences(ctx: ServiceContext, input: { phases?: readonly PhaseInput[]; accountIds?: readonly string[]; ownerId?: string | null; images?: readonly string[] }): void {
  const seen = new Set<string>();
  input.phases?.forEach((p, i) => {
    if (seen.has(p.phase)) throw new AppError('validation', `phase ${p.phase} given twice`, [{ path: ['phases', i, 'phase'], message: 'validation.activities.phaseTwice' }]);
    seen.add(p.phase);
  });
  input.accountIds?.forEach((id, i) => requireLive(ctx, 'account', id, ['accountIds', i]));
  requireLive(ctx, 'member', input.ownerId, 'ownerId');
  input.images?.forEach((id, i) => requireLive(ctx, 'asset', id, ['images', i]));
}

/** Makes the live members of a set exactly `wanted` (id → the row's values). */
function writeSet(ctx: ServiceContext, table: typeof activityPhases | typeof activityAccounts, activityId: string, wanted: Map<string, Record<string, unknown>>): void {
  const stored = ctx.db.select({ id: table.id, deletedAt: table.deletedAt }).from(table).where(eq(table.activityId, activityId)).all();
  const byId = new Map(stored.map((row) => [row.id, row]));
  for (const [id, values] of wanted) {
    const row = byId.get(id);
    if (!row) ctx.repo.insert(table, { id, activityId, ...values });
    else {
      ctx.repo.update(table, id, values);
      if (row.deletedAt) ctx.repo.restore(table, id);
    }
  }
  for (const row of stored) if (!wanted.has(row.id) && !row.deletedAt) ctx.repo.tombstone(table, row.id);
}

export function writePhases(ctx: ServiceContext, activityId: string, phases: Phases): void {
  const wanted = new Map<string, Record<string, unknown>>();
  // Stored in the set's order (预热, 正式, 收尾) whatever order the form sent.
  for (const name of ACTIVITY_PHASES) {
    const p = phases.find((x) => x.phase === name);
    if (p) wanted.set(`${activityId}:${name}`, { phase: name, startDate: p.startDate, endDate: p.endDate, notes: p.notes ?? '' });
  }
  writeSet(ctx, activityPhases, activityId, wanted);
}

export function writeAccounts(ctx: ServiceContext, activityId: string, accountIds: readonly string[]): void {
  writeSet(ctx, activityAccounts, activityId, new Map(accountIds.map((accountId) => [`${activityId}:${accountId}`, { accountId }])));
}
