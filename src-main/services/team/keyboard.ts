import { eq } from 'drizzle-orm';
import { localState } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireLive } from '../references';

// Who is at this device's keyboard (issue 10): a member of the team, chosen once and switchable,
// kept on the device only (local_state), so two laptops of one workspace can be two people.
// Revisions, body updates, comments and decisions carry this member.

const KEYBOARD_KEY = 'keyboard.member';

/** The member at the keyboard, or null when none is chosen or the chosen one was removed from the team. */
export function keyboardMemberOf(ctx: ServiceContext): string | null {
  const value = ctx.db.select().from(localState).where(eq(localState.key, KEYBOARD_KEY)).get()?.value;
  if (!value) return null;
  const live = ctx.sqlite.prepare('SELECT 1 FROM members WHERE id = ? AND deleted_at IS NULL').get(value);
  return live ? value : null;
}

/** Chooses the member at the keyboard (null: nobody in particular). */
export function setKeyboardMember(ctx: ServiceContext, memberId: string | null): void {
  if (memberId === null) {
    ctx.db.delete(localState).where(eq(localState.key, KEYBOARD_KEY)).run();
    return;
  }
  requireLive(ctx, 'member', memberId, 'memberId');
  ctx.db
    .insert(localState)
    .values({ key: KEYBOARD_KEY, value: memberId })
    .onConflictDoUpdate({ target: localState.key, set: { value: memberId } })
    .run();
}
