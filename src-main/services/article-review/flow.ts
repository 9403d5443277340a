import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DecideInput, Decision, ReviewState } from '../../../src-shared/contract/article-review';
import type { ItemStatus } from '../../../src-shared/contract/calendar';
import { allowedActions, currentLevel, refusalOf, statusAfter, submitterOf, type FlowFacts, type ReviewAction } from '../../../src-shared/domain/articles/review-flow';
import { articleDecisions, articles } from '../../db/schema';
import { findLiveItem } from '../calendar/item-rows';
import { createCalendarItemsService } from '../calendar/items';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';
import { readChain } from './chain';
import { keyboardMemberOf } from '../team/keyboard';
import { actingMember, memberNames, rolesOf } from './people';

// The flow on the article's calendar item status (the rule: src-shared/domain/articles/review-flow.ts).
// Decisions are insert-only rows; the status is the item's, written through the calendar's own edit
// (its checks, the repository) in the same transaction as the decision, so the calendar shows
// 待审核/已定稿 as the review moves.

function findArticle(ctx: ServiceContext, id: string) {
  const row = ctx.db.select().from(articles).where(eq(articles.id, id)).get();
  return requireRow(row && !row.deletedAt ? row : undefined, 'article', id);
}

function readDecisions(ctx: ServiceContext, articleId: string) {
  return ctx.db
    .select()
    .from(articleDecisions)
    .where(and(eq(articleDecisions.articleId, articleId), isNull(articleDecisions.deletedAt)))
    .orderBy(asc(articleDecisions.createdAt), asc(articleDecisions.id))
    .all()
    .map((d) => ({ ...d, action: d.action as ReviewAction }));
}

function factsOf(ctx: ServiceContext, articleId: string) {
  const article = findArticle(ctx, articleId);
  const item = findLiveItem(ctx, article.itemId);
  const chain = readChain(ctx, item.accountId);
  const decisions = readDecisions(ctx, articleId);
  const facts: FlowFacts = { status: item.status as ItemStatus, chain: chain.levels, decisions, ownerId: item.ownerId };
  return { item, chain, decisions, facts };
}

export function readState(ctx: ServiceContext, articleId: string): ReviewState {
  const memberId = keyboardMemberOf(ctx);
  const { chain, decisions, facts } = factsOf(ctx, articleId);
  const nameOf = memberNames(ctx);
  const level = currentLevel(facts);
  const actor = memberId ? { id: memberId, roles: rolesOf(ctx, memberId) } : null;
  return {
    articleId,
    status: facts.status,
    chain,
    currentLevel: level,
    waitingFor: level === null ? null : (chain.levels[level - 1]?.memberId ?? null),
    submittedBy: submitterOf(decisions),
    decisions: decisions.map((d): Decision => ({ id: d.id, createdAt: d.createdAt, action: d.action, level: d.level, memberId: d.memberId, memberName: nameOf(d.memberId), comment: d.comment })),
    actingMemberId: actor?.id ?? null,
    allowed: allowedActions(facts, actor),
  };
}

export function decide(ctx: ServiceContext, input: DecideInput): ReviewState {
  const memberId = actingMember(ctx);
  const comment = input.comment ?? '';
  ctx.repo.transaction(() => {
    const { item, chain, facts } = factsOf(ctx, input.articleId);
    const refusal = refusalOf(facts, { id: memberId, roles: rolesOf(ctx, memberId) }, input.action, comment);
    if (refusal === 'commentRequired') throw new AppError('validation', 'a request for changes says what to change', [{ path: ['comment'], message: 'review.errors.commentRequired' }]);
    if (refusal === 'notYourTurn') throw new AppError('validation', `${input.action} is not this member's to take`, [{ path: ['memberId'], message: 'review.errors.notYourTurn' }]);
    if (refusal) throw new AppError('validation', `cannot ${input.action} an article that is ${facts.status}`, [{ path: ['action'], message: 'review.errors.wrongStatus' }]);
    const decidingLevel = input.action === 'approve' || input.action === 'request_changes' ? currentLevel(facts)! : 0;
    ctx.repo.insert(articleDecisions, { articleId: input.articleId, action: input.action, level: decidingLevel, memberId, comment });
    const to = statusAfter(input.action, decidingLevel, chain.levels.length);
    // The calendar's edit is where a status change takes the article's automatic revision.
    if (to !== facts.status) createCalendarItemsService(ctx).updateItem({ id: item.id, patch: { status: to } });
  });
  return readState(ctx, input.articleId);
}
