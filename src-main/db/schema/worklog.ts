import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

/** 工作日志: what one member spent time on, one day. Cost = minutes × the member's hourly cost. */
export const workLogs = sqliteTable(
  'work_logs',
  {
    ...syncedRowColumns,
    date: text('date').notNull().default(''),
    memberId: text('member_id').notNull().default(''),
    /** writing 写稿 | design 设计 | support 客服 | promotion 推广 | data 数据分析 | meeting 会议 | community 社群 | activity 活动 | other 其他 */
    category: text('category').notNull().default('other'),
    minutes: integer('minutes').notNull().default(0),
    note: text('note').notNull().default(''),
    /** What it was for: '' | calendar | article | activity | concern, and that row's id. */
    linkKind: text('link_kind').notNull().default(''),
    linkId: text('link_id'),
    /** Where an imported entry came from ('' when typed in), so a re-import creates no duplicates. */
    sourceKey: text('source_key').notNull().default(''),
  },
  (t) => [index('work_logs_date_idx').on(t.date), index('work_logs_member_date_idx').on(t.memberId, t.date), index('work_logs_link_idx').on(t.linkId)],
);
