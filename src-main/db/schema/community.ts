import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

/** A WeChat Work group's (an account with platform wecom_group) SOP: id = the account's id. */
export const communityGroups = sqliteTable('community_groups', {
  ...syncedRowColumns,
  /** 定位: who the group is for and what it gives them. */
  positioning: text('positioning').notNull().default(''),
  ownerId: text('owner_id'),
  /** JSON array of member ids. */
  adminIds: text('admin_ids').notNull().default('[]'),
  notes: text('notes').notNull().default(''),
});

/** A reusable script: a welcome message, an announcement, a keyword auto-reply, a group rule. */
export const communityScripts = sqliteTable(
  'community_scripts',
  {
    ...syncedRowColumns,
    /** The group it belongs to (an account id); null = a template every group may use. */
    groupId: text('group_id'),
    /** welcome | announcement | keyword | rule */
    kind: text('kind').notNull().default('welcome'),
    title: text('title').notNull().default(''),
    /** The trigger of a keyword auto-reply ('' for other kinds). */
    keyword: text('keyword').notNull().default(''),
    text: text('text').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('community_scripts_group_idx').on(t.groupId)],
);
