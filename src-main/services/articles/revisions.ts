import { and, desc, eq, isNull } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Revision } from '../../../src-shared/contract/articles';
import { wechatChars } from '../../../src-shared/domain/articles/count';
import { diffText, type DiffPart } from '../../../src-shared/domain/articles/text-diff';
import { articleRevisions, articles, articleUpdates, calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';
import { keyboardMemberOf } from '../team/keyboard';
import { deriveBody, loadDoc, writeDerived } from './body-store';
import { docFromYDoc, fromBase64, replaceBody, toBase64 } from './yjs-doc';

// Revisions of an article's body (docs/ARCHITECTURE.md, "Revisions"): the full Yjs state and
// the text at a moment, saved automatically when the item's status changes and after 30 minutes
// of editing, or named by the operator. Restoring one is a forward edit of the current body.

type RevisionRow = typeof articleRevisions.$inferSelect;
export type RevisionReason = Revision['reason'];

/** A new automatic revision once this long has passed since the article's newest one. */
export const AUTO_REVISION_MS = 30 * 60 * 1000;

/** What a list needs: everything but the state. */
const listed = {
  id: articleRevisions.id,
  articleId: articleRevisions.articleId,
  createdAt: articleRevisions.createdAt,
  reason: articleRevisions.reason,
  name: articleRevisions.name,
  title: articleRevisions.title,
  memberId: articleRevisions.memberId,
  text: articleRevisions.text,
};

function toRevision(row: Pick<RevisionRow, keyof typeof listed>): Revision {
  return {
    id: row.id,
    articleId: row.articleId,
    createdAt: row.createdAt,
    reason: row.reason as RevisionReason,
    name: row.name,
    title: row.title,
    memberId: row.memberId,
    chars: wechatChars(row.text),
  };
}

export function findRevision(ctx: ServiceContext, id: string): RevisionRow {
  const row = ctx.db.select().from(articleRevisions).where(eq(articleRevisions.id, id)).get();
  return requireRow(row?.deletedAt ? undefined : row, 'revision', id);
}

function itemOf(ctx: ServiceContext, articleId: string): { title: string; status: string } {
  return (
    ctx.db.select({ title: calendarItems.title, status: calendarItems.status }).from(articles).innerJoin(calendarItems, eq(calendarItems.id, articles.itemId)).where(eq(articles.id, articleId)).get() ?? {
      title: '',
      status: '',
    }
  );
}

/**
 * Saves the body as it is now. `name`: the operator's name for a named revision, the item's new
 * status for a status revision (the UI translates it), the restored revision's id for a restore.
 */
export function saveRevision(ctx: ServiceContext, articleId: string, reason: RevisionReason, name = ''): Revision {
  const ydoc = loadDoc(ctx, articleId);
  const id = ctx.repo.insert(articleRevisions, {
    articleId,
    reason,
    name,
    title: itemOf(ctx, articleId).title,
    state: toBase64(Y.encodeStateAsUpdate(ydoc)),
    text: deriveBody(ydoc).text,
    memberId: keyboardMemberOf(ctx),
  });
  return toRevision(findRevision(ctx, id));
}

function newestRevision(ctx: ServiceContext, articleId: string, reason?: RevisionReason): { createdAt: string; name: string } | undefined {
  return ctx.db
    .select({ createdAt: articleRevisions.createdAt, name: articleRevisions.name })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), isNull(articleRevisions.deletedAt), reason ? eq(articleRevisions.reason, reason) : undefined))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
    .limit(1)
    .get();
}

/** Every 30 minutes of editing: called after a push stored something. */
export function saveRevisionIfDue(ctx: ServiceContext, articleId: string, now = Date.now()): void {
  const newest = newestRevision(ctx, articleId);
  if (newest && now - Date.parse(newest.createdAt) < AUTO_REVISION_MS) return;
  saveRevision(ctx, articleId, 'auto');
}

/**
 * A status revision for each live article of the items whose status differs from its newest
 * status revision: after any local commit that touched items, so the calendar's edits, moves,
 * undo and the review all count, and a commit that changed no status saves nothing.
 */
export function saveStatusRevisions(ctx: ServiceContext, itemIds: Iterable<string>): void {
  const find = ctx.sqlite.prepare('SELECT a.id AS id, i.status AS status FROM articles a JOIN calendar_items i ON i.id = a.item_id WHERE a.item_id = ? AND a.deleted_at IS NULL AND i.deleted_at IS NULL');
  for (const itemId of itemIds) {
    for (const { id, status } of find.all(itemId) as Array<{ id: string; status: string }>) {
      if (newestRevision(ctx, id, 'status')?.name !== status) saveRevision(ctx, id, 'status', status);
    }
  }
}

export function listRevisions(ctx: ServiceContext, articleId: string): Revision[] {
  return ctx.db
    .select(listed)
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), isNull(articleRevisions.deletedAt)))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
    .all()
    .map(toRevision);
}

function revisionDoc(row: RevisionRow): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, fromBase64(row.state));
  return ydoc;
}

export function revisionText(ctx: ServiceContext, id: string): { revision: Revision; text: string; json: string } {
  const row = findRevision(ctx, id);
  const ydoc = revisionDoc(row);
  const json = JSON.stringify(docFromYDoc(ydoc));
  ydoc.destroy();
  return { revision: toRevision(row), text: row.text, json };
}

/** From one revision to another, or to the body as it is now (`to` null). */
export function diffRevisions(ctx: ServiceContext, from: string, to: string | null): DiffPart[] {
  const before = findRevision(ctx, from);
  const after = to ? findRevision(ctx, to).text : deriveBody(loadDoc(ctx, before.articleId)).text;
  return diffText(before.text, after);
}

/**
 * Restores a revision as a forward edit: the current body is replaced by the revision's content
 * in one Yjs transaction, stored as a new update row (so other devices merge it like any edit,
 * and no text is doubled), then saved as a 'restore' revision naming the one restored.
 */
export function restoreRevision(ctx: ServiceContext, id: string): Revision {
  const row = findRevision(ctx, id);
  const old = revisionDoc(row);
  const content = docFromYDoc(old);
  old.destroy();
  const ydoc = loadDoc(ctx, row.articleId);
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  ydoc.on('update', collect);
  try {
    replaceBody(ydoc, content);
  } finally {
    ydoc.off('update', collect);
  }
  ctx.repo.insert(articleUpdates, { articleId: row.articleId, kind: 'update', data: toBase64(Y.mergeUpdates(updates)), memberId: keyboardMemberOf(ctx) });
  writeDerived(ctx, row.articleId, ydoc);
  return saveRevision(ctx, row.articleId, 'restore', row.id);
}
