import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Comment } from '../../../src-shared/contract/article-review';
import { articleComments, articles } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';
import { actingMember, memberNames } from './people';

// Comments anchored to ranges of the body. The anchor is opaque here (the editor's Yjs relative
// positions); the quote keeps the text for when the range is gone. Replies hang off a comment
// (one level); deleting a comment takes its replies with it.

type CommentRow = typeof articleComments.$inferSelect;

function toComment(row: CommentRow, nameOf: (id: string | null) => string): Comment {
  const { articleId, anchor, quote, body, memberId, parentId, resolvedAt } = row;
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, articleId, anchor, quote, body, memberId, memberName: nameOf(memberId), parentId, resolvedAt };
}

function findLive(ctx: ServiceContext, id: string): CommentRow {
  const row = ctx.db.select().from(articleComments).where(eq(articleComments.id, id)).get();
  return requireRow(row && !row.deletedAt ? row : undefined, 'comment', id);
}

function requireArticle(ctx: ServiceContext, id: string): void {
  const row = ctx.db.select({ deletedAt: articles.deletedAt }).from(articles).where(eq(articles.id, id)).get();
  requireRow(row && !row.deletedAt ? row : undefined, 'article', id);
}

/** Only the author of a comment edits or deletes it. */
function requireOwn(row: CommentRow, memberId: string): void {
  if (row.memberId !== memberId) throw new AppError('validation', `comment ${row.id} is another member's`, [{ path: ['memberId'], message: 'review.errors.notYourComment' }]);
}

export function createComments(ctx: ServiceContext) {
  const read = (id: string) => toComment(findLive(ctx, id), memberNames(ctx));

  return {
    comments({ articleId }: { articleId: string }): Comment[] {
      requireArticle(ctx, articleId);
      const nameOf = memberNames(ctx);
      return ctx.db
        .select()
        .from(articleComments)
        .where(and(eq(articleComments.articleId, articleId), isNull(articleComments.deletedAt)))
        .orderBy(asc(articleComments.createdAt), asc(articleComments.id))
        .all()
        .map((row) => toComment(row, nameOf));
    },
    addComment(input: { articleId: string; anchor: string; quote?: string; body: string }): Comment {
      const memberId = actingMember(ctx);
      requireArticle(ctx, input.articleId);
      const id = ctx.repo.insert(articleComments, { articleId: input.articleId, anchor: input.anchor, quote: input.quote ?? '', body: input.body, memberId });
      return read(id);
    },
    reply(input: { parentId: string; body: string }): Comment {
      const memberId = actingMember(ctx);
      const parent = findLive(ctx, input.parentId);
      // Replies stay one level deep: a reply to a reply joins its thread.
      const rootId = parent.parentId ?? parent.id;
      const id = ctx.repo.insert(articleComments, { articleId: parent.articleId, parentId: rootId, body: input.body, memberId });
      return read(id);
    },
    editComment(input: { id: string; body: string }): Comment {
      const memberId = actingMember(ctx);
      requireOwn(findLive(ctx, input.id), memberId);
      ctx.repo.update(articleComments, input.id, { body: input.body });
      return read(input.id);
    },
    removeComment(input: { id: string }) {
      const memberId = actingMember(ctx);
      requireOwn(findLive(ctx, input.id), memberId);
      ctx.repo.transaction(() => {
        const replies = ctx.db
          .select({ id: articleComments.id })
          .from(articleComments)
          .where(and(eq(articleComments.parentId, input.id), isNull(articleComments.deletedAt)))
          .all();
        for (const reply of replies) ctx.repo.tombstone(articleComments, reply.id);
        ctx.repo.tombstone(articleComments, input.id);
      });
      return { ok: true as const };
    },
    resolveComment({ id, resolved }: { id: string; resolved: boolean }): Comment {
      const row = findLive(ctx, id);
      if (resolved !== (row.resolvedAt !== null)) ctx.repo.update(articleComments, id, { resolvedAt: resolved ? new Date().toISOString() : null });
      return read(id);
    },
  };
}
