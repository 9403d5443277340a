import { and, eq, isNull } from 'drizzle-orm';
import { memberRoles, members } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { keyboardMemberOf } from '../team/keyboard';

// The members the review names: who acts (the device's keyboard member) and how names are shown.

/** Names of every member, deleted ones too: a decision keeps the name of who took it. */
export function memberNames(ctx: ServiceContext): (id: string | null) => string {
  const names = new Map(
    ctx.db
      .select({ id: members.id, name: members.name })
      .from(members)
      .all()
      .map((m) => [m.id, m.name]),
  );
  return (id) => (id === null ? '' : (names.get(id) ?? ''));
}

export function isLiveMember(ctx: ServiceContext, memberId: string): boolean {
  return (
    ctx.db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, memberId), isNull(members.deletedAt)))
      .get() !== undefined
  );
}

/** A live member's roles. */
export function rolesOf(ctx: ServiceContext, memberId: string): string[] {
  return ctx.db
    .select({ role: memberRoles.role })
    .from(memberRoles)
    .where(and(eq(memberRoles.memberId, memberId), isNull(memberRoles.deletedAt)))
    .all()
    .map((r) => r.role);
}

/** The acting member: the one at this device's keyboard; a decision or comment needs one. */
export function actingMember(ctx: ServiceContext): string {
  const memberId = keyboardMemberOf(ctx);
  if (!memberId) throw new AppError('validation', 'no member is at the keyboard', [{ path: ['memberId'], message: 'review.errors.noMember' }]);
  return memberId;
}
