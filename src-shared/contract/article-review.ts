import { z } from 'zod';
import { REVIEW_ACTIONS, MAX_REVIEW_LEVELS, type ReviewAction as ReviewActionName } from '../domain/articles/review-flow';
import { ItemStatus } from './calendar';
import { Id, IdInput, Ok, optionalText, requiredText } from './common';
import { defineDomain, method } from './define';

// Review (审核, issue 10 §7): each account's review chain, the flow on the article's calendar item
// status (撰写中 → 待审核 → 已定稿, the rule in src-shared/domain/articles/review-flow.ts) with its
// decision history, and comments anchored to ranges of the body. Anchors are opaque to the back
// end: the editor makes them from Yjs relative positions, so they follow the text as it is edited.
// Who acts is the device's keyboard member (team.keyboard): every decision and comment carries them.

export const ReviewAction = z.enum(REVIEW_ACTIONS as [ReviewActionName, ...ReviewActionName[]]);
export type ReviewAction = ReviewActionName;

export const ChainLevel = z.object({
  /** 1 初审 (or 定稿 in a one-level chain), 2 复审, 3 终审. */
  level: z.number().int().min(1).max(MAX_REVIEW_LEVELS),
  /** null: any member with the 定稿人 role (the default one-level chain). */
  memberId: z.string().nullable(),
  memberName: z.string(),
});
export type ChainLevel = z.infer<typeof ChainLevel>;

export const ReviewChain = z.object({
  accountId: Id,
  /** True when the account has set no chain: one level, any 定稿人. */
  isDefault: z.boolean(),
  levels: z.array(ChainLevel),
});
export type ReviewChain = z.infer<typeof ReviewChain>;

export const SetChainInput = z.object({
  accountId: Id,
  /** A member per level, in order (初审 → 复审 → 终审); [null] returns to the default (any 定稿人). */
  memberIds: z.array(Id.nullable()).min(1, 'review.errors.chainEmpty').max(MAX_REVIEW_LEVELS, 'review.errors.chainTooLong'),
});
export type SetChainInput = z.input<typeof SetChainInput>;

export const Decision = z.object({
  id: Id,
  createdAt: z.string(),
  action: ReviewAction,
  /** The level that decided (approve, request_changes); 0 for submit, withdraw, reopen. */
  level: z.number(),
  memberId: z.string().nullable(),
  memberName: z.string(),
  comment: z.string(),
});
export type Decision = z.infer<typeof Decision>;

export const ReviewState = z.object({
  articleId: Id,
  status: ItemStatus,
  chain: ReviewChain,
  /** The level that decides now, null unless 待审核. */
  currentLevel: z.number().nullable(),
  /** Whom the article waits for: the current level's member (null: any 定稿人, or not waiting). */
  waitingFor: z.string().nullable(),
  /** Who submitted the current (or last) round. */
  submittedBy: z.string().nullable(),
  /** The history, oldest first. */
  decisions: z.array(Decision),
  /** The member the state was read for (the keyboard member), null when nobody is chosen. */
  actingMemberId: z.string().nullable(),
  /** What the acting member may do now. */
  allowed: z.array(ReviewAction),
});
export type ReviewState = z.infer<typeof ReviewState>;

export const DecideInput = z.object({
  articleId: Id,
  action: ReviewAction,
  /** Required for request_changes (退回修改 says what to change). */
  comment: optionalText(2000, { multiline: true }),
});
export type DecideInput = z.input<typeof DecideInput>;

/** An anchor as the editor made it (JSON of two base64 Yjs relative positions); '' = the whole article. */
const Anchor = z.string().max(4000);

export const Comment = z.object({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
  articleId: Id,
  anchor: z.string(),
  /** The text commented on, shown when its range has been deleted. */
  quote: z.string(),
  body: z.string(),
  memberId: z.string().nullable(),
  memberName: z.string(),
  parentId: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type Comment = z.infer<typeof Comment>;

const commentBody = requiredText(2000);

export const articleReviewContract = defineDomain('articleReview', {
  chain: method("Reads an account's review chain (one level, any 定稿人, when none is set).", z.object({ accountId: Id }), ReviewChain),
  setChain: method("Sets an account's review chain: 1–3 levels, each a team member with the level's role (审核 or 定稿人; the last level 定稿人), no member twice.", SetChainInput, ReviewChain),
  state: method("Reads an article's review: its chain, the level deciding now, the history, and what the acting member may do.", z.object({ articleId: Id }), ReviewState),
  decide: method("Submits, approves, requests changes (with a comment), withdraws or reopens; writes the calendar item's status.", DecideInput, ReviewState),
  comments: method("Lists an article's comments and replies, resolved ones included, oldest first.", z.object({ articleId: Id }), z.array(Comment)),
  addComment: method('Comments on a range of the body (its anchor and the text it covers).', z.object({ articleId: Id, anchor: Anchor, quote: optionalText(500, { multiline: true }), body: commentBody }), Comment),
  reply: method('Replies to a comment.', z.object({ parentId: Id, body: commentBody }), Comment),
  editComment: method("Edits one's own comment or reply.", z.object({ id: Id, body: commentBody }), Comment),
  removeComment: method("Deletes one's own comment or reply (a comment's replies go with it).", IdInput, Ok),
  resolveComment: method('Resolves a comment (resolved: false reopens it).', z.object({ id: Id, resolved: z.boolean() }), Comment),
});
