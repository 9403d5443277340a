import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { and, asc, eq, isNull } from 'drizzle-orm';
import * as Y from 'yjs';
import { wechatChars } from '../../../src-shared/domain/articles/count';
import { docText, nodesOf, type DocNode } from '../../../src-shared/domain/articles/doc';
import { docToPlainHtml } from '../../../src-shared/domain/articles/plain-html';
import { articles, articleUpdates, calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { docFromYDoc, fromBase64, toBase64, updateFromDoc } from './yjs-doc';

// An article body's update log and what is derived from it (docs/ARCHITECTURE.md, "Body
// storage"): the log is read into a Y.Doc kept in a small cache, new updates are checked, stored
// by id and applied, and the derived row (`article_bodies`) and search row (`article_search`)
// are rewritten in the same transaction.

/** How many article documents stay in memory (the ones being edited, a list's hover …). */
const CACHED_DOCS = 6;

/** Open documents per database: a restore reopens the file and so starts an empty cache. */
const caches = new WeakMap<Database.Database, Map<string, Y.Doc>>();

function cacheOf(ctx: ServiceContext): Map<string, Y.Doc> {
  let cache = caches.get(ctx.sqlite);
  if (!cache) caches.set(ctx.sqlite, (cache = new Map()));
  return cache;
}

/** Forgets an article's document (after a remote change or a failed write), so the next use reads the log. */
export function forgetDoc(ctx: ServiceContext, articleId: string): void {
  const cache = cacheOf(ctx);
  cache.get(articleId)?.destroy();
  cache.delete(articleId);
}

export interface LogRow {
  id: string;
  kind: string;
  data: string;
}

/** The live rows of an article's log, snapshots first (order does not matter to Yjs, only to speed). */
export function logRows(ctx: ServiceContext, articleId: string): LogRow[] {
  return ctx.db
    .select({ id: articleUpdates.id, kind: articleUpdates.kind, data: articleUpdates.data })
    .from(articleUpdates)
    .where(and(eq(articleUpdates.articleId, articleId), isNull(articleUpdates.deletedAt)))
    .orderBy(asc(articleUpdates.kind), asc(articleUpdates.createdAt))
    .all()
    .sort((a, b) => Number(b.kind === 'snapshot') - Number(a.kind === 'snapshot'));
}

/** How many update rows (not snapshots) the article's log holds: compaction's trigger. */
export function countUpdates(ctx: ServiceContext, articleId: string): number {
  return (ctx.sqlite.prepare("SELECT count(*) AS n FROM article_updates WHERE article_id = ? AND kind <> 'snapshot' AND deleted_at IS NULL").get(articleId) as { n: number }).n;
}

/**
 * Applies log rows to `ydoc` in one transaction; a row that does not decode (only a remote one can
 * be: ours are checked) is skipped rather than losing the rest. `applied` collects the ids of the
 * rows that did.
 */
function applyRows(ydoc: Y.Doc, rows: readonly LogRow[], applied?: Set<string>): void {
  ydoc.transact(() => {
    for (const row of rows) {
      // A row synced field by field may have arrived without its data yet: it counts once it has.
      if (row.data === '') continue;
      try {
        Y.applyUpdate(ydoc, fromBase64(row.data));
        applied?.add(row.id);
      } catch (error) {
        console.error(`article update ${row.id} does not decode, skipped: ${(error as Error).message}`);
      }
    }
  });
}

/** A document holding the log's rows. */
export function docFromLog(rows: readonly LogRow[], applied?: Set<string>): Y.Doc {
  const ydoc = new Y.Doc();
  applyRows(ydoc, rows, applied);
  return ydoc;
}

/** The article's document, from the cache or its log (most recently used kept last). */
export function loadDoc(ctx: ServiceContext, articleId: string): Y.Doc {
  const cache = cacheOf(ctx);
  let ydoc = cache.get(articleId);
  if (ydoc) cache.delete(articleId);
  else ydoc = docFromLog(logRows(ctx, articleId));
  cache.set(articleId, ydoc);
  for (const [id, old] of cache) {
    if (cache.size <= CACHED_DOCS) break;
    old.destroy();
    cache.delete(id);
  }
  return ydoc;
}

/** A Yjs update that does not decode: the push is refused with a message, nothing of it stored. */
export function corruptUpdate(index: number): AppError {
  return new AppError('validation', `update ${index} is not a Yjs update`, [{ path: ['updates', index, 'data'], message: 'validation.articles.corruptUpdate' }]);
}

/** Decodes and checks each update on a scratch document; throws corruptUpdate for the first that fails. */
export function checkUpdates(updates: readonly { data: string }[]): Uint8Array[] {
  const scratch = new Y.Doc();
  try {
    return updates.map(({ data }, index) => {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw corruptUpdate(index);
      const bytes = fromBase64(data);
      try {
        Y.applyUpdate(scratch, bytes);
      } catch {
        throw corruptUpdate(index);
      }
      return bytes;
    });
  } finally {
    scratch.destroy();
  }
}

/**
 * The FTS row of an article: a rowid derived from its id (53 bits of its SHA-256), so rewriting it
 * finds the row by rowid instead of scanning the index for the unindexed `article_id`.
 */
export function searchRowId(articleId: string): number {
  return Number.parseInt(createHash('sha256').update(articleId).digest('hex').slice(0, 13), 16);
}

function titleOf(ctx: ServiceContext, articleId: string): string {
  return ctx.db.select({ title: calendarItems.title }).from(articles).innerJoin(calendarItems, eq(calendarItems.id, articles.itemId)).where(eq(articles.id, articleId)).get()?.title ?? '';
}

export interface DerivedBody {
  json: DocNode;
  text: string;
  chars: number;
  images: number;
}

export function deriveBody(ydoc: Y.Doc): DerivedBody {
  const json = docFromYDoc(ydoc);
  const text = docText(json);
  return { json, text, chars: wechatChars(text), images: nodesOf(json, 'image').length };
}

/** Rewrites the article's derived row and search row from its document (local tables, no sync). */
export function writeDerived(ctx: ServiceContext, articleId: string, ydoc: Y.Doc, updatesSinceSnapshot?: number): DerivedBody {
  const body = deriveBody(ydoc);
  const since = updatesSinceSnapshot ?? countUpdates(ctx, articleId);
  ctx.sqlite
    .prepare(
      `INSERT INTO article_bodies (article_id, json, html, text, chars, images, updates_since_snapshot, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(article_id) DO UPDATE SET json = excluded.json, html = excluded.html, text = excluded.text, chars = excluded.chars, images = excluded.images, updates_since_snapshot = excluded.updates_since_snapshot, updated_at = excluded.updated_at`,
    )
    .run(articleId, JSON.stringify(body.json), docToPlainHtml(body.json), body.text, body.chars, body.images, since, new Date().toISOString());
  writeSearchRow(ctx, articleId, titleOf(ctx, articleId), body.text);
  return body;
}

function writeSearchRow(ctx: ServiceContext, articleId: string, title: string, text: string): void {
  const rowid = searchRowId(articleId);
  ctx.sqlite.prepare('DELETE FROM article_search WHERE rowid = ?').run(rowid);
  ctx.sqlite.prepare('INSERT INTO article_search (rowid, article_id, title, body) VALUES (?, ?, ?, ?)').run(rowid, articleId, title, text);
}

/** Puts the items' titles into the search rows of their articles (a title edited in the calendar must reach search). */
export function refreshSearchTitles(ctx: ServiceContext, itemIds: Iterable<string>): void {
  const find = ctx.sqlite.prepare('SELECT a.id AS articleId, i.title AS title FROM articles a JOIN calendar_items i ON i.id = a.item_id WHERE a.item_id = ?');
  const update = ctx.sqlite.prepare('UPDATE article_search SET title = ? WHERE rowid = ? AND title <> ?');
  for (const itemId of itemIds) {
    for (const row of find.all(itemId) as Array<{ articleId: string; title: string }>) update.run(row.title, searchRowId(row.articleId), row.title);
  }
}

/** Reads the article's log anew and rewrites its derived rows. */
export function rebuildDerived(ctx: ServiceContext, articleId: string): DerivedBody {
  forgetDoc(ctx, articleId);
  return writeDerived(ctx, articleId, loadDoc(ctx, articleId));
}

/**
 * Rows of the article's log that arrived from another device: an open document (the cache holds
 * every row stored before) takes in just these; otherwise the log is read. Then the derived rows.
 */
export function takeInArrivedRows(ctx: ServiceContext, articleId: string, rows: readonly LogRow[]): DerivedBody {
  const open = cacheOf(ctx).get(articleId);
  if (!open) return rebuildDerived(ctx, articleId);
  applyRows(open, rows);
  return writeDerived(ctx, articleId, open);
}

/** Past this many update rows since the last snapshot, an article's log is compacted. */
export const COMPACT_AFTER = 200;

/**
 * Replaces the article's log by one snapshot of it (docs/ARCHITECTURE.md, "Compaction"), in the
 * caller's transaction: the rows are applied into a fresh document (gc on, so deleted content is
 * dropped, which Y.mergeUpdates would keep), and `repo.compactLog` stores its state and removes
 * the rows it covers. Skipped while the document waits for missing updates (pending structs):
 * their snapshot would not hold them. Returns whether it compacted.
 */
export function compactBody(ctx: ServiceContext, articleId: string): boolean {
  const rows = logRows(ctx, articleId);
  const applied = new Set<string>();
  const fresh = docFromLog(rows, applied);
  if (fresh.store.pendingStructs || fresh.store.pendingDs) {
    fresh.destroy();
    return false;
  }
  ctx.repo.compactLog(articleUpdates, { articleId, kind: 'snapshot', data: toBase64(Y.encodeStateAsUpdate(fresh)), memberId: null }, [...applied]);
  const cache = cacheOf(ctx);
  cache.get(articleId)?.destroy();
  cache.set(articleId, fresh);
  ctx.sqlite.prepare('UPDATE article_bodies SET updates_since_snapshot = 0 WHERE article_id = ?').run(articleId);
  return true;
}

/** Compacts the log when it has grown past COMPACT_AFTER update rows. */
export function compactIfDue(ctx: ServiceContext, articleId: string, updatesSinceSnapshot: number): boolean {
  return updatesSinceSnapshot > COMPACT_AFTER && compactBody(ctx, articleId);
}

/** Stores a body's first content as the first row of its log (seeded once, where the article is made). */
export function seedBody(ctx: ServiceContext, articleId: string, doc: DocNode, memberId: string | null): DerivedBody {
  ctx.repo.insert(articleUpdates, { articleId, kind: 'update', data: toBase64(updateFromDoc(doc)), memberId });
  forgetDoc(ctx, articleId);
  return writeDerived(ctx, articleId, loadDoc(ctx, articleId), 1);
}
