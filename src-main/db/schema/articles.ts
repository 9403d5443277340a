import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

// Articles (稿件). An article is the written body of one calendar item: the item keeps what the
// calendar shows and shares (account, date, slot, column, owner, status, tags, title), the article
// what only a draft has. So an article without a date sits in the topic pool, and its status is
// its item's by construction. The body is a Yjs document kept as a log of updates (see
// docs/ARCHITECTURE.md, "Article bodies"), never a column resolved by last-writer-wins.

/** One draft: 1:1 with a calendar item (`item_id`). */
export const articles = sqliteTable(
  'articles',
  {
    ...syncedRowColumns,
    itemId: text('item_id').notNull().default(''),
    author: text('author').notNull().default(''),
    /** 摘要; '' lets WeChat take the body's first 54 characters. */
    digest: text('digest').notNull().default(''),
    /** Asset id (content hash) of the cover, and the two crops as JSON {x,y,w,h} in 0..1 of the image. */
    coverAssetId: text('cover_asset_id'),
    coverWideCrop: text('cover_wide_crop').notNull().default(''),
    coverSquareCrop: text('cover_square_crop').notNull().default(''),
    /** original | reprint */
    origin: text('origin').notNull().default('original'),
    sourceName: text('source_name').notNull().default(''),
    sourceUrl: text('source_url').notNull().default(''),
    /** 原文链接 (阅读原文). */
    readMoreUrl: text('read_more_url').notNull().default(''),
    /** Copy theme: default | business | fresh. */
    theme: text('theme').notNull().default('default'),
  },
  (t) => [index('articles_item_idx').on(t.itemId)],
);

/**
 * The body's log: each row one Yjs update (v1 encoding, base64) or a compacted snapshot of
 * earlier ones. Insert-only; applying rows is idempotent and order-free, so sync carries them
 * as plain rows and any device ends with the same document.
 */
export const articleUpdates = sqliteTable(
  'article_updates',
  {
    ...syncedRowColumns,
    articleId: text('article_id').notNull().default(''),
    /** update | snapshot */
    kind: text('kind').notNull().default('update'),
    /** Base64 of a Yjs v1 update. */
    data: text('data').notNull().default(''),
    memberId: text('member_id'),
  },
  (t) => [index('article_updates_article_idx').on(t.articleId)],
);

/** A saved state of the body with its meta: automatic (status change, 30 minutes of editing), named, or a restore. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    ...syncedRowColumns,
    articleId: text('article_id').notNull().default(''),
    /** auto | status | named | restore */
    reason: text('reason').notNull().default('auto'),
    name: text('name').notNull().default(''),
    title: text('title').notNull().default(''),
    /** Base64 of the full Yjs state (encodeStateAsUpdate) at that moment. */
    state: text('state').notNull().default(''),
    /** Plain text of the body, for diffs and search. */
    text: text('text').notNull().default(''),
    memberId: text('member_id'),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId)],
);

/** A comment anchored to a range of the body (Yjs relative positions, so it follows edits). */
export const articleComments = sqliteTable(
  'article_comments',
  {
    ...syncedRowColumns,
    articleId: text('article_id').notNull().default(''),
    /** JSON {from, to}: base64 of two Y.RelativePosition; '' = the whole article. */
    anchor: text('anchor').notNull().default(''),
    /** The text the comment was made on, shown when the range has been deleted. */
    quote: text('quote').notNull().default(''),
    body: text('body').notNull().default(''),
    memberId: text('member_id'),
    /** A reply's parent comment. */
    parentId: text('parent_id'),
    resolvedAt: text('resolved_at'),
  },
  (t) => [index('article_comments_article_idx').on(t.articleId)],
);

/** The review history: submissions and each level's decision. Insert-only. */
export const articleDecisions = sqliteTable(
  'article_decisions',
  {
    ...syncedRowColumns,
    articleId: text('article_id').notNull().default(''),
    /** submit | approve | request_changes | withdraw | reopen */
    action: text('action').notNull().default('submit'),
    /** The review level decided (1 初审/定稿, 2 复审, 3 终审); 0 for submit/withdraw/reopen. */
    level: integer('level').notNull().default(0),
    memberId: text('member_id'),
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('article_decisions_article_idx').on(t.articleId)],
);

/** An account's review chain, one row per level (a set): id = `<accountId>:<level>`. */
export const reviewSteps = sqliteTable(
  'review_steps',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    level: integer('level').notNull().default(1),
    memberId: text('member_id'),
  },
  (t) => [index('review_steps_account_idx').on(t.accountId)],
);

/** The workspace's own 广告法/诱导 words; a row naming a built-in word with `disabled` turns it off. */
export const lintWords = sqliteTable('lint_words', {
  ...syncedRowColumns,
  word: text('word').notNull().default(''),
  /** adlaw-superlative | adlaw-national | adlaw-first | adlaw-absolute | adlaw-authority | adlaw-time | induce-share | induce-follow | custom */
  category: text('category').notNull().default('custom'),
  reason: text('reason').notNull().default(''),
  suggestion: text('suggestion').notNull().default(''),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
});

/** An accepted occurrence of a flagged word in one article, kept across edits (matched by its context). */
export const lintExemptions = sqliteTable(
  'lint_exemptions',
  {
    ...syncedRowColumns,
    articleId: text('article_id').notNull().default(''),
    rule: text('rule').notNull().default(''),
    word: text('word').notNull().default(''),
    /** A few characters either side of the occurrence, so the exemption finds it after edits. */
    context: text('context').notNull().default(''),
    note: text('note').notNull().default(''),
    memberId: text('member_id'),
  },
  (t) => [index('lint_exemptions_article_idx').on(t.articleId)],
);

/** A file of the library (images first): id = the SHA-256 of its bytes, the file under `<data dir>/assets/`. */
export const assets = sqliteTable('assets', {
  ...syncedRowColumns,
  name: text('name').notNull().default(''),
  mime: text('mime').notNull().default(''),
  bytes: integer('bytes').notNull().default(0),
  width: integer('width').notNull().default(0),
  height: integer('height').notNull().default(0),
});

/** 素材库 entries: article templates and reusable blocks (关注引导, 往期推荐, signature, QR footer). */
export const libraryItems = sqliteTable('library_items', {
  ...syncedRowColumns,
  /** template | block */
  kind: text('kind').notNull().default('block'),
  /** follow | recommend | signature | qrcode | other */
  category: text('category').notNull().default('other'),
  name: text('name').notNull().default(''),
  /** ProseMirror JSON of the content (src-shared/domain/articles/doc.ts). */
  content: text('content').notNull().default(''),
});

/**
 * Derived from the body (local, rebuilt from the update log whenever it changes): what search,
 * lists, the linter and exports read without loading the Yjs document.
 */
export const articleBodies = sqliteTable('article_bodies', {
  articleId: text('article_id').primaryKey(),
  /** ProseMirror JSON of the body. */
  json: text('json').notNull().default(''),
  /** Plain semantic HTML (no theme): search previews and exports that need no styling. */
  html: text('html').notNull().default(''),
  text: text('text').notNull().default(''),
  /** Characters as WeChat counts them. */
  chars: integer('chars').notNull().default(0),
  images: integer('images').notNull().default(0),
  /** How many update rows the last compaction left; the log is compacted past a threshold. */
  updatesSinceSnapshot: integer('updates_since_snapshot').notNull().default(0),
  updatedAt: text('updated_at').notNull().default(''),
});
