import { and, eq, isNull } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Handlers } from '../../../src-shared/contract';
import type { Article, ArticleCreateInput, ArticlePatch } from '../../../src-shared/contract/articles';
import { CalendarItemInput } from '../../../src-shared/contract/calendar';
import { docFromParagraphs, emptyDoc, type DocNode } from '../../../src-shared/domain/articles/doc';
import { articleBodies, articles, articleUpdates, libraryItems } from '../../db/schema';
import { findLiveItem } from '../calendar/item-rows';
import { createCalendarItemsService } from '../calendar/items';
import type { ServiceContext } from '../context';
import { createArticlesByItems } from './by-items';
import { AppError } from '../errors';
import { keyboardMemberOf } from '../team/keyboard';
import { createArticleSearch } from './search';
import { articleValues, findArticle, findLiveArticle, listArticles, readArticle, requireNoArticleOn } from './article-rows';
import { checkUpdates, compactIfDue, countUpdates, forgetDoc, loadDoc, seedBody, writeDerived } from './body-store';
import { diffRevisions, findRevision, listRevisions, restoreRevision, revisionText, saveRevision, saveRevisionIfDue } from './revisions';
import { createWechatExport } from './wechat-export';
import { toBase64 } from './yjs-doc';

// The articles service (稿件, issue 10): an article is the written body of one calendar item.
// Title, account, column and status are the item's and are written through the calendar's own
// edit (its checks, slots and status rules); the body is a Yjs update log (body-store.ts).

type CreateInput = ArticleCreateInput & { body?: DocNode };

/** A template's content (library_items.content, ProseMirror JSON), or a validation error naming templateId. */
function templateDoc(ctx: ServiceContext, templateId: string): DocNode {
  const row = ctx.db
    .select({ content: libraryItems.content })
    .from(libraryItems)
    .where(and(eq(libraryItems.id, templateId), isNull(libraryItems.deletedAt)))
    .get();
  let doc: unknown;
  try {
    doc = row ? JSON.parse(row.content) : undefined;
  } catch {
    doc = undefined;
  }
  if ((doc as DocNode | undefined)?.type !== 'doc') throw new AppError('validation', `template ${templateId} not found or empty`, [{ path: ['templateId'], message: 'validation.articles.unknownTemplate' }]);
  return doc as DocNode;
}

/** The body's first content: given, else the template, else the 选题说明, else one empty paragraph (what the editor starts from). */
function seedDocOf(ctx: ServiceContext, input: CreateInput, notes: string): DocNode {
  if (input.body) return input.body;
  if (input.templateId) return templateDoc(ctx, input.templateId);
  return notes.trim() ? docFromParagraphs(notes) : emptyDoc();
}

export function createArticlesService(ctx: ServiceContext): Handlers['articles'] {
  const calendar = createCalendarItemsService(ctx);
  const get = (id: string): Article => readArticle(ctx, findLiveArticle(ctx, id));

  /** Writes the item's fields of a patch through the calendar's edit (which saves a status revision). */
  function editItem(itemId: string, { title, accountId, columnId, status }: Pick<ArticlePatch, 'title' | 'accountId' | 'columnId' | 'status'>): void {
    const patch = Object.fromEntries(Object.entries({ title, accountId, columnId, status }).filter(([, value]) => value !== undefined));
    if (Object.keys(patch).length > 0) calendar.updateItem({ id: itemId, patch });
  }

  return {
    list: (filter) => listArticles(ctx, filter),
    get: ({ id }) => get(id),
    create(input) {
      const id = ctx.repo.transaction(() => {
        let itemId: string;
        let notes = '';
        if ('itemId' in input) {
          const item = findLiveItem(ctx, input.itemId);
          requireNoArticleOn(ctx, item.id);
          // A topic being written is 撰写中 from now on; later statuses stay as they are.
          if (item.status === 'topic') editItem(item.id, { status: 'writing' });
          itemId = item.id;
          notes = item.notes;
        } else {
          const item = calendar.createItem(CalendarItemInput.parse({ accountId: input.accountId, title: input.title, columnId: input.columnId ?? null, date: input.date, status: 'writing' }));
          itemId = item.id;
        }
        const articleId = ctx.repo.insert(articles, { itemId, ...articleValues(input) });
        seedBody(ctx, articleId, seedDocOf(ctx, input as CreateInput, notes), keyboardMemberOf(ctx));
        // The first status revision: the body as writing began, and the status later changes are told from.
        saveRevision(ctx, articleId, 'status', findLiveItem(ctx, itemId).status);
        return articleId;
      });
      return get(id);
    },
    update({ id, patch }) {
      ctx.repo.transaction(() => {
        const row = findLiveArticle(ctx, id);
        const { title, accountId, columnId, status, ...own } = patch;
        editItem(row.itemId, { title, accountId, columnId, status });
        ctx.repo.update(articles, id, articleValues(own));
      });
      return get(id);
    },
    remove({ id }) {
      findArticle(ctx, id);
      ctx.repo.tombstone(articles, id);
      return { ok: true as const };
    },
    restore({ id }) {
      ctx.repo.transaction(() => {
        const row = findArticle(ctx, id);
        requireNoArticleOn(ctx, row.itemId, id);
        ctx.repo.restore(articles, id);
      });
      return get(id);
    },
    body({ id }) {
      findLiveArticle(ctx, id);
      return { articleId: id, state: toBase64(Y.encodeStateAsUpdate(loadDoc(ctx, id))) };
    },
    pushUpdates({ id, updates }) {
      findLiveArticle(ctx, id);
      const decoded = checkUpdates(updates);
      const memberId = keyboardMemberOf(ctx);
      try {
        return ctx.repo.transaction(() => {
          const ydoc = loadDoc(ctx, id);
          let stored = 0;
          ydoc.transact(() => {
            updates.forEach((update, index) => {
              if (!ctx.repo.appendOnce(articleUpdates, { id: update.id, articleId: id, kind: 'update', data: update.data, memberId })) return;
              Y.applyUpdate(ydoc, decoded[index]!);
              stored++;
            });
          });
          if (stored === 0) return { stored, chars: ctx.db.select({ chars: articleBodies.chars }).from(articleBodies).where(eq(articleBodies.articleId, id)).get()?.chars ?? 0 };
          const { chars } = writeDerived(ctx, id, ydoc);
          compactIfDue(ctx, id, countUpdates(ctx, id));
          saveRevisionIfDue(ctx, id);
          return { stored, chars };
        });
      } catch (error) {
        // The cached document may hold what the rolled-back transaction did not store.
        forgetDoc(ctx, id);
        throw error;
      }
    },
    ...createArticleSearch(ctx),
    revisions({ id }) {
      findArticle(ctx, id);
      return listRevisions(ctx, id);
    },
    saveRevision({ id, name }) {
      findLiveArticle(ctx, id);
      return ctx.repo.transaction(() => saveRevision(ctx, id, 'named', name));
    },
    revisionText: ({ id }) => revisionText(ctx, id),
    diff: ({ from, to }) => diffRevisions(ctx, from, to),
    restoreRevision({ id }) {
      const { articleId } = findRevision(ctx, id);
      findLiveArticle(ctx, articleId);
      try {
        return ctx.repo.transaction(() => restoreRevision(ctx, id));
      } catch (error) {
        forgetDoc(ctx, articleId);
        throw error;
      }
    },
    ...createWechatExport(ctx),
    ...createArticlesByItems(ctx),
  };
}
