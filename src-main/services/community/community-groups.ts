import { and, count, eq, isNull } from 'drizzle-orm';
import type { CommunityGroup, GroupProfileInput } from '../../../src-shared/contract/community';
import { accounts, communityGroups, communityScripts } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive } from '../references';

// A group is an account with platform wecom_group; its SOP profile is a row with the account's id,
// written the first time the operator saves it (until then the profile reads empty).

type AccountRow = Pick<typeof accounts.$inferSelect, 'id' | 'name'>;

/** The live wecom_group account, or a validation error on `field` (the form names the group). */
export function requireGroup(ctx: ServiceContext, id: string, field = 'groupId'): AccountRow {
  const row = ctx.db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .where(and(eq(accounts.id, id), eq(accounts.platform, 'wecom_group'), isNull(accounts.deletedAt)))
    .get();
  if (!row) throw new AppError('validation', `group ${id} not found`, [{ path: [field], message: 'validation.community.notGroup' }]);
  return row;
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function toGroup(ctx: ServiceContext, account: AccountRow): CommunityGroup {
  const profile = ctx.db
    .select()
    .from(communityGroups)
    .where(and(eq(communityGroups.id, account.id), isNull(communityGroups.deletedAt)))
    .get();
  const scripts = ctx.db
    .select({ n: count() })
    .from(communityScripts)
    .where(and(eq(communityScripts.groupId, account.id), isNull(communityScripts.deletedAt)))
    .get();
  return {
    id: account.id,
    name: account.name,
    positioning: profile?.positioning ?? '',
    ownerId: profile?.ownerId ?? null,
    adminIds: parseIds(profile?.adminIds ?? '[]'),
    notes: profile?.notes ?? '',
    scriptCount: scripts?.n ?? 0,
  };
}

export function listGroups(ctx: ServiceContext): CommunityGroup[] {
  return ctx.db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .where(and(eq(accounts.platform, 'wecom_group'), isNull(accounts.deletedAt)))
    .orderBy(accounts.createdAt)
    .all()
    .map((account) => toGroup(ctx, account));
}

export function getGroup(ctx: ServiceContext, id: string): CommunityGroup {
  return toGroup(ctx, requireGroup(ctx, id, 'id'));
}

export function updateGroup(ctx: ServiceContext, id: string, patch: GroupProfileInput): CommunityGroup {
  const account = requireGroup(ctx, id, 'id');
  requireLive(ctx, 'member', patch.ownerId, 'ownerId');
  for (const memberId of patch.adminIds ?? []) requireLive(ctx, 'member', memberId, 'adminIds');
  const { adminIds, ...fields } = patch;
  const values = { ...fields, ...(adminIds ? { adminIds: JSON.stringify([...new Set(adminIds)]) } : {}) };
  ctx.repo.transaction(() => {
    const row = ctx.db.select({ deletedAt: communityGroups.deletedAt }).from(communityGroups).where(eq(communityGroups.id, id)).get();
    if (!row) ctx.repo.insert(communityGroups, { id, ...values });
    else {
      if (row.deletedAt) ctx.repo.restore(communityGroups, id);
      ctx.repo.update(communityGroups, id, values);
    }
  });
  return toGroup(ctx, account);
}
