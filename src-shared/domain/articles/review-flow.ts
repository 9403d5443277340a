import type { ItemStatus } from '../../contract/calendar';

// The review flow (审核, issue 10 §7) as a pure rule over plain data: the back end enforces it and
// the review panel offers exactly the buttons it allows, so the two cannot disagree.
//
// 撰写中 (writing) → submit → 待审核 (review) → each level of the account's chain approves in order →
// after the last level 已定稿 (approved). Any level may request changes (with a comment): back to
// 撰写中. The submitter or the item's owner may withdraw while it waits; an approved article may be
// reopened (back to 撰写中, a new round). The chain is one level (定稿人) by default, up to three
// (初审 → 复审 → 终审, as state-owned groups require).

export type ReviewAction = 'submit' | 'approve' | 'request_changes' | 'withdraw' | 'reopen';
export const REVIEW_ACTIONS: readonly ReviewAction[] = ['submit', 'approve', 'request_changes', 'withdraw', 'reopen'];

export const MAX_REVIEW_LEVELS = 3;

/** One level of a chain: its member, or null (only in the default one-level chain) for any 定稿人. */
export interface ChainLevel {
  level: number;
  memberId: string | null;
}

/** A decision as the history keeps it (oldest first). */
export interface DecisionFact {
  action: ReviewAction;
  level: number;
  memberId: string | null;
}

export interface FlowFacts {
  status: ItemStatus;
  chain: readonly ChainLevel[];
  decisions: readonly DecisionFact[];
  /** The calendar item's 负责人. */
  ownerId: string | null;
}

/** Who is acting: the device's keyboard member and their roles. */
export interface Actor {
  id: string;
  roles: readonly string[];
}

/** Why an action is refused (a translation key under `review.errors`). */
export type Refusal = 'wrongStatus' | 'notYourTurn' | 'commentRequired';

/** The role names a chain level asks for: the last level finalizes (定稿人), earlier ones review (审核) or finalize. */
export function rolesForLevel(level: number, chainLength: number): readonly string[] {
  return level === chainLength ? ['approver'] : ['reviewer', 'approver'];
}

/** The names of the levels of a chain of this length: 定稿 | 初审, 终审 | 初审, 复审, 终审. */
export function levelNames(chainLength: number): Array<'final' | 'first' | 'second' | 'last'> {
  if (chainLength <= 1) return ['final'];
  return chainLength === 2 ? ['first', 'last'] : ['first', 'second', 'last'];
}

/** Decisions since the last submit: the round under way (or the last one). */
function currentRound(decisions: readonly DecisionFact[]): readonly DecisionFact[] {
  for (let i = decisions.length - 1; i >= 0; i--) if (decisions[i]!.action === 'submit') return decisions.slice(i);
  return [];
}

/** The member who submitted the current (or last) round. */
export function submitterOf(decisions: readonly DecisionFact[]): string | null {
  return currentRound(decisions)[0]?.memberId ?? null;
}

/** The level that decides now (1-based), or null when the article is not waiting for review. */
export function currentLevel(facts: Pick<FlowFacts, 'status' | 'chain' | 'decisions'>): number | null {
  if (facts.status !== 'review' || facts.chain.length === 0) return null;
  const approvals = currentRound(facts.decisions).filter((d) => d.action === 'approve').length;
  // A chain shortened during a round leaves its last level deciding.
  return Math.min(approvals + 1, facts.chain.length);
}

/** Whether the actor holds the given chain level: its member, or any 定稿人 for a level without one. */
function holdsLevel(level: ChainLevel | undefined, actor: Actor): boolean {
  if (!level) return false;
  return level.memberId === null ? actor.roles.includes('approver') : level.memberId === actor.id;
}

/** Why `actor` may not take `action` now, or null when they may. `comment` is checked for request_changes. */
export function refusalOf(facts: FlowFacts, actor: Actor, action: ReviewAction, comment = ''): Refusal | null {
  const level = currentLevel(facts);
  switch (action) {
    case 'submit':
      return facts.status === 'writing' || facts.status === 'topic' ? null : 'wrongStatus';
    case 'approve':
    case 'request_changes':
      if (level === null) return 'wrongStatus';
      if (!holdsLevel(facts.chain[level - 1], actor)) return 'notYourTurn';
      return action === 'request_changes' && comment.trim() === '' ? 'commentRequired' : null;
    case 'withdraw':
      if (facts.status !== 'review') return 'wrongStatus';
      return actor.id === submitterOf(facts.decisions) || actor.id === facts.ownerId ? null : 'notYourTurn';
    case 'reopen': {
      if (facts.status !== 'approved' && facts.status !== 'scheduled') return 'wrongStatus';
      const mayReopen = actor.id === submitterOf(facts.decisions) || actor.id === facts.ownerId || facts.chain.some((l) => holdsLevel(l, actor));
      return mayReopen ? null : 'notYourTurn';
    }
  }
}

/** The actions the actor may take now (a comment is assumed where one is needed). */
export function allowedActions(facts: FlowFacts, actor: Actor | null): ReviewAction[] {
  if (!actor) return [];
  return REVIEW_ACTIONS.filter((action) => refusalOf(facts, actor, action, 'comment') === null);
}

/** The item's status after an allowed action at `level` (the level that decided, for approve). */
export function statusAfter(action: ReviewAction, level: number, chainLength: number): ItemStatus {
  switch (action) {
    case 'submit':
      return 'review';
    case 'approve':
      return level >= chainLength ? 'approved' : 'review';
    default:
      return 'writing';
  }
}
