import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

/** 用户关注点: what followers keep asking or complaining about. */
export const concerns = sqliteTable(
  'concerns',
  {
    ...syncedRowColumns,
    topic: text('topic').notNull().default(''),
    /** product | service | complaint | price | other */
    category: text('category').notNull().default('other'),
    /** How often it came up (messages, comments) in the period the operator counts. */
    frequency: integer('frequency').notNull().default(1),
    /** Example messages, one per line, as followers wrote them. */
    examples: text('examples').notNull().default(''),
    /** new | answering | answered | closed */
    status: text('status').notNull().default('new'),
    /** 'YYYY-MM-DD': when it was first noticed. */
    firstSeen: text('first_seen').notNull().default(''),
    accountId: text('account_id'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('concerns_status_idx').on(t.status)],
);

/** The articles that answer a concern, a set: id = `<concernId>:<articleId>`. */
export const concernArticles = sqliteTable(
  'concern_articles',
  {
    ...syncedRowColumns,
    concernId: text('concern_id').notNull().default(''),
    articleId: text('article_id').notNull().default(''),
  },
  (t) => [index('concern_articles_concern_idx').on(t.concernId)],
);
