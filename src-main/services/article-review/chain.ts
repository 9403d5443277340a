import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ReviewChain, SetChainInput } from '../../../src-shared/contract/article-review';
import { MAX_REVIEW_LEVELS, rolesForLevel } from '../../../src-shared/domain/articles/review-flow';
import { reviewSteps } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive } from '../references';
import { isLiveMember, memberNames, rolesOf } from './people';

// An account's review chain: review_steps rows `<accountId>:<level>` (a set, like member roles),
// levels beyond the chain's length tombstoned. No live row = the default: one level, any 定稿人.

export function readChain(ctx: ServiceContext, accountId: string): ReviewChain {
  const rows = ctx.db
    .select()
    .from(reviewSteps)
    .where(and(eq(reviewSteps.accountId, accountId), isNull(reviewSteps.deletedAt)))
    .orderBy(asc(reviewSteps.level))
    .all();
  const nameOf = memberNames(ctx);
  if (rows.length === 0) return { accountId, isDefault: true, levels: [{ level: 1, memberId: null, memberName: '' }] };
  return { accountId, isDefault: false, levels: rows.map((r, i) => ({ level: i + 1, memberId: r.memberId, memberName: nameOf(r.memberId) })) };
}

/** Refuses a chain whose members are unknown, lack the level's role or appear twice; issues name the level's field. */
function checkChain(ctx: ServiceContext, memberIds: ReadonlyArray<string | null>): void {
  if (memberIds.length > 1 && memberIds.includes(null)) throw chainIssue(memberIds.indexOf(null), 'review.errors.levelNeedsMember');
  memberIds.forEach((memberId, index) => {
    if (memberId === null) return;
    if (!isLiveMember(ctx, memberId)) throw chainIssue(index, 'validation.unknown.member');
    if (memberIds.indexOf(memberId) !== index) throw chainIssue(index, 'review.errors.sameMemberTwice');
    const wanted = rolesForLevel(index + 1, memberIds.length);
    if (!rolesOf(ctx, memberId).some((role) => wanted.includes(role))) {
      throw chainIssue(index, wanted.length === 1 ? 'review.errors.needsApprover' : 'review.errors.needsReviewer');
    }
  });
}

function chainIssue(index: number, message: string): AppError {
  return new AppError('validation', `review level ${index + 1}: ${message}`, [{ path: ['memberIds', index], message }]);
}

export function writeChain(ctx: ServiceContext, { accountId, memberIds }: SetChainInput): ReviewChain {
  requireLive(ctx, 'account', accountId, 'accountId');
  checkChain(ctx, memberIds);
  const toDefault = memberIds.length === 1 && memberIds[0] === null;
  ctx.repo.transaction(() => {
    for (let level = 1; level <= MAX_REVIEW_LEVELS; level++) {
      const id = `${accountId}:${level}`;
      const row = ctx.db.select().from(reviewSteps).where(eq(reviewSteps.id, id)).get();
      const memberId = toDefault ? undefined : memberIds[level - 1];
      if (memberId === undefined) {
        if (row && !row.deletedAt) ctx.repo.tombstone(reviewSteps, id);
      } else if (!row) ctx.repo.insert(reviewSteps, { id, accountId, level, memberId });
      else {
        if (row.deletedAt) ctx.repo.restore(reviewSteps, id);
        ctx.repo.update(reviewSteps, id, { memberId });
      }
    }
  });
  return readChain(ctx, accountId);
}
