import { z } from 'zod';
import { CalendarItem, CalendarItemInput, ItemStatus } from './calendar';
import { Id, IdInput, Ok, optionalText, requiredText } from './common';
import { defineDomain, method } from './define';

// Articles (稿件, issue 10). An article is the written body of one calendar item (1:1): title,
// account, column, date, owner, status and tags are the item's, so the calendar and the editor
// can never disagree; an article whose item has no date sits in the topic pool. The body is a
// Yjs document: the editor pushes its updates (idempotent by id, any order) and reads the
// merged state; derived text and counts come back for lists and search.

/** Base64 of a Yjs v1 update, at most 10 MB of text (a paste this large is refused with a message). */
export const YUpdate = z.string().min(1).max(10_000_000, 'validation.articles.updateTooLarge');

export const ArticleOrigin = z.enum(['original', 'reprint']);
export const ArticleTheme = z.enum(['default', 'business', 'fresh']);
export type ArticleTheme = z.infer<typeof ArticleTheme>;

/** A cover crop in fractions of the image: x, y, width, height in 0..1. */
export const CoverCrop = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1), w: z.number().gt(0).max(1), h: z.number().gt(0).max(1) });
export type CoverCrop = z.infer<typeof CoverCrop>;

const metaFields = {
  author: optionalText(16),
  digest: optionalText(120, { multiline: true }),
  coverAssetId: Id.nullable().optional(),
  coverWideCrop: CoverCrop.nullable().optional(),
  coverSquareCrop: CoverCrop.nullable().optional(),
  origin: ArticleOrigin.optional(),
  sourceName: optionalText(60),
  sourceUrl: optionalText(500),
  readMoreUrl: optionalText(500),
  theme: ArticleTheme.optional(),
};

/**
 * A body's first content as ProseMirror JSON (src-shared/domain/articles/doc.ts): a `doc` node;
 * node and mark types outside the editor's schema are dropped when it is stored.
 */
export const DocJson = z.looseObject({ type: z.literal('doc'), content: z.array(z.looseObject({ type: z.string() })).optional() });

const seedFields = {
  templateId: Id.optional(),
  /** The body's first content (the demo's text, an imported file); wins over the template and the 选题说明. */
  body: DocJson.optional(),
};

/** A new article: on an existing calendar item, or a new item (in the pool when there is no date). */
export const ArticleCreateInput = z.union([
  z.object({ itemId: Id, ...seedFields, ...metaFields }),
  z.object({
    accountId: Id,
    title: requiredText(64),
    columnId: Id.nullable().optional(),
    /** 'YYYY-MM-DD', or '' / left out for the topic pool. */
    date: CalendarItemInput.shape.date,
    ...seedFields,
    ...metaFields,
  }),
]);
export type ArticleCreateInput = z.input<typeof ArticleCreateInput>;

/** What the article form edits: its own fields, plus the item's title, account and column. */
export const ArticlePatch = z.object({
  ...metaFields,
  /** Up to 64 characters (the linter warns past 32). */
  title: requiredText(64).optional(),
  accountId: Id.optional(),
  columnId: Id.nullable().optional(),
  /** The item's status (a change saves a revision). */
  status: ItemStatus.optional(),
});
export type ArticlePatch = z.input<typeof ArticlePatch>;

export const Article = z.object({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
  item: CalendarItem,
  author: z.string(),
  digest: z.string(),
  coverAssetId: z.string().nullable(),
  coverWideCrop: CoverCrop.nullable(),
  coverSquareCrop: CoverCrop.nullable(),
  origin: ArticleOrigin,
  sourceName: z.string(),
  sourceUrl: z.string(),
  readMoreUrl: z.string(),
  theme: ArticleTheme,
  /** Derived from the body. */
  chars: z.number(),
  images: z.number(),
});
export type Article = z.infer<typeof Article>;

/** A row of the article list. */
export const ArticleSummary = z.object({
  id: Id,
  itemId: Id,
  title: z.string(),
  accountId: z.string(),
  columnId: z.string().nullable(),
  ownerId: z.string().nullable(),
  date: z.string(),
  status: ItemStatus,
  author: z.string(),
  chars: z.number(),
  images: z.number(),
  updatedAt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleListInput = z.object({
  status: z.array(ItemStatus).optional(),
  accountIds: z.array(Id).optional(),
  columnIds: z.array(Id).optional(),
  /** The item's owner (负责人). */
  ownerIds: z.array(Id).optional(),
  /** true: only articles without a date (the topic pool); false: only dated ones. */
  pool: z.boolean().optional(),
});

/** One update of the body as the editor made it: a client id makes a retried push harmless. */
export const BodyUpdate = z.object({ id: Id, data: YUpdate });

/** The merged body: one Yjs update holding the whole document. */
export const ArticleBody = z.object({ articleId: Id, state: z.string() });

export const SearchInput = z.object({
  query: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  status: z.array(ItemStatus).optional(),
  accountIds: z.array(Id).optional(),
  columnIds: z.array(Id).optional(),
  ownerIds: z.array(Id).optional(),
  /** Author (the article's 作者 field) contains. */
  author: z.string().max(16).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/** A piece of highlighted text: `match` marks the query's occurrences. */
export const Highlighted = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const SearchHit = z.object({
  article: ArticleSummary,
  title: Highlighted,
  /** Body text around the first match (empty when only the title matched). */
  snippet: Highlighted,
});

export const RevisionReason = z.enum(['auto', 'status', 'named', 'restore']);

export const Revision = z.object({
  id: Id,
  articleId: Id,
  createdAt: z.string(),
  reason: RevisionReason,
  name: z.string(),
  title: z.string(),
  memberId: z.string().nullable(),
  chars: z.number(),
});
export type Revision = z.infer<typeof Revision>;

/** A calendar item's article, for the calendar's 写稿 / 打开稿件. */
export const ItemArticle = z.object({ itemId: Id, articleId: Id, chars: z.number() });
export type ItemArticle = z.infer<typeof ItemArticle>;

/** A line-level diff with the changed characters inside changed lines. */
export const DiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });

/** What 复制到公众号 puts on the clipboard (text/html and text/plain), and what the toast reports. */
export const WechatCopy = z.object({
  html: z.string(),
  plainText: z.string(),
  /** External links turned into numbered footnotes (参考资料). */
  footnotes: z.number(),
  /** Images that could not travel (their file is missing from the asset folder). */
  skippedImages: z.number(),
});
export type WechatCopy = z.infer<typeof WechatCopy>;

export const ArticleExportFormat = z.enum(['html', 'md', 'docx']);
export type ArticleExportFormat = z.infer<typeof ArticleExportFormat>;

/** An exported file: its suggested name and its bytes. */
export const ArticleFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type ArticleFile = z.infer<typeof ArticleFile>;

export const articlesContract = defineDomain('articles', {
  list: method('Lists articles with their item fields and body counts.', ArticleListInput, z.array(ArticleSummary)),
  get: method('Reads one article with its calendar item.', IdInput, Article),
  create: method('Creates an article on a calendar item (or a new item), its body seeded once from the 选题说明 or a template.', ArticleCreateInput, Article),
  update: method("Updates the article's fields (title, account and column are written to its item).", z.object({ id: Id, patch: ArticlePatch }), Article),
  remove: method('Deletes an article (its calendar item stays).', IdInput, Ok),
  restore: method('Undoes a remove.', IdInput, Article),
  body: method("Reads the body's merged Yjs state.", IdInput, ArticleBody),
  pushUpdates: method(
    "Appends the editor's Yjs updates to the body (ids already stored are skipped; a corrupt update is refused, nothing else lost).",
    z.object({ id: Id, updates: z.array(BodyUpdate).min(1).max(1000) }),
    z.object({ stored: z.number(), chars: z.number() }),
  ),
  search: method('Full-text search over titles and bodies (trigram, plus a path for 1–2 character queries).', SearchInput, z.array(SearchHit)),
  revisions: method("Lists an article's revisions, newest first.", IdInput, z.array(Revision)),
  saveRevision: method('Saves a named revision of the body as it is now.', z.object({ id: Id, name: requiredText(40) }), Revision),
  revisionText: method("A revision's body as text and ProseMirror JSON.", IdInput, z.object({ revision: Revision, text: z.string(), json: z.string() })),
  diff: method('Compares two revisions (or a revision and the current body: to = null).', z.object({ from: Id, to: Id.nullable() }), z.array(DiffPart)),
  byItems: method('Which of these calendar items have an article (one call for a range of the calendar, not one per item).', z.object({ itemIds: z.array(Id).max(5000) }), z.array(ItemArticle)),
  restoreRevision: method('Restores a revision as a new edit of the body (and a new revision).', IdInput, Revision),
  wechatHtml: method(
    "The body as 复制到公众号 puts it on the clipboard: HTML with inline styles only in the theme (else the article's), images as data URIs, external links as numbered footnotes; and its plain text.",
    z.object({ id: Id, theme: ArticleTheme.optional() }),
    WechatCopy,
  ),
  exportFile: method(
    'The article as a file: html (exactly what 复制到公众号 copies), Markdown, or .docx (微软雅黑/宋体, images embedded, links as footnotes).',
    z.object({ id: Id, format: ArticleExportFormat, theme: ArticleTheme.optional() }),
    ArticleFile,
  ),
});
