import type { OverviewItem, ReviewDraft, WeekDay } from '../../../src-shared/contract/overview';
import { addDays, eachDay, weekdayOf } from '../../../src-shared/domain/dates';
import { createCalendarAttentionService } from '../calendar/attention';
import type { ServiceContext } from '../context';

// The cards that read the calendar: today's pushes and deadlines, this week's plan, drafts
// waiting for review. Overdue drafts are the calendar's own attention rule (one home for it).

const LIST_MAX = 5;
/** The week's list runs in two columns. */
const WEEK_MAX = 6;
// The deadline as calendar_items_status_deadline_idx holds it: the term lets SQLite seek it (due today implies it).
const DEADLINE = `coalesce(nullif(i.due_date, ''), i.date)`;
const ITEM = `i.id, i.account_id AS accountId, i.date, i.time, i.slot, i.title, i.status, i.due_date AS dueDate, i.owner_id AS ownerId`;
/** Items of deleted accounts are hidden (the account's tombstone hides its children). */
const LIVE = `i.deleted_at IS NULL AND i.account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL)`;
const ORDER = `ORDER BY i.date, i.account_id, i.slot, i.time, i.created_at`;

const toItem = (row: OverviewItem & Record<string, unknown>): OverviewItem => ({
  id: row.id,
  accountId: row.accountId,
  date: row.date,
  time: row.time,
  slot: row.slot,
  title: row.title,
  status: row.status,
  dueDate: row.dueDate,
  ownerId: row.ownerId,
});

/** Monday of `date`'s week (the app's weeks run Monday to Sunday). */
export const mondayOf = (date: string) => addDays(date, -((weekdayOf(date) + 6) % 7));

/** Prepared per call: restoring a backup reopens the database under `ctx.sqlite`. */
const SQL = {
  // No index holds due dates: one pass over the items (the date index would be read for every future push).
  dueToday: `SELECT ${ITEM} FROM calendar_items i WHERE ${LIVE} AND i.due_date = @today AND ${DEADLINE} = @today AND i.status IN ('topic', 'writing', 'review') ${ORDER}`,
  weekCounts: `SELECT i.date, i.status, count(*) AS n FROM calendar_items i WHERE ${LIVE} AND i.date BETWEEN @from AND @to AND i.status <> 'cancelled' GROUP BY i.date, i.status`,
  weekItems: `SELECT ${ITEM} FROM calendar_items i WHERE ${LIVE} AND i.date BETWEEN @from AND @to AND i.status NOT IN ('cancelled', 'published') ${ORDER} LIMIT ${WEEK_MAX}`,
  weekOpen: `SELECT count(*) AS n FROM calendar_items i WHERE ${LIVE} AND i.date BETWEEN @from AND @to AND i.status NOT IN ('cancelled', 'published')`,
  // Driven from articles (CROSS JOIN keeps that order): a draft has an article, and there are never more articles than items.
  reviews: `SELECT ${ITEM}, a.id AS articleId,
      (SELECT max(d.created_at) FROM article_decisions d WHERE d.article_id = a.id AND d.action = 'submit' AND d.deleted_at IS NULL) AS submittedAt
    FROM articles a CROSS JOIN calendar_items i ON i.id = a.item_id
    WHERE a.deleted_at IS NULL AND ${LIVE} AND i.status = 'review' ORDER BY i.date = '', i.date, i.slot LIMIT ${LIST_MAX}`,
  reviewCount: `SELECT count(*) AS n FROM articles a CROSS JOIN calendar_items i ON i.id = a.item_id WHERE a.deleted_at IS NULL AND ${LIVE} AND i.status = 'review'`,
};

export function createCalendarCards(ctx: ServiceContext) {
  const attention = createCalendarAttentionService(ctx);
  const all = <T>(sql: string, params: object = {}) => ctx.sqlite.prepare(sql).all(params) as T[];
  const count = (sql: string, params: object = {}) => (ctx.sqlite.prepare(sql).get(params) as { n: number }).n;

  return {
    today(today: string) {
      const { today: pushes, overdue, overdueTotal } = attention.attention({ today });
      const due = all<OverviewItem>(SQL.dueToday, { today }).map(toItem);
      return {
        pushes: pushes.map(toItem),
        dueToday: { rows: due.slice(0, LIST_MAX), total: due.length },
        overdue: { rows: overdue.slice(0, LIST_MAX).map(toItem), total: overdueTotal },
      };
    },
    week(today: string) {
      const from = mondayOf(today);
      const range = { from, to: addDays(from, 6) };
      const counts = all<{ date: string; status: string; n: number }>(SQL.weekCounts, range);
      const days: WeekDay[] = eachDay(range.from, range.to).map((date) => ({ date, total: 0, byStatus: {} }));
      for (const { date, status, n } of counts) {
        const day = days[eachDay(range.from, date).length - 1]!;
        day.total += n;
        day.byStatus[status] = n;
      }
      return { days, items: { rows: all<OverviewItem>(SQL.weekItems, range).map(toItem), total: count(SQL.weekOpen, range) } };
    },
    reviews() {
      const rows = all<ReviewDraft & Record<string, unknown>>(SQL.reviews);
      return { rows: rows.map((r) => ({ ...toItem(r), articleId: r.articleId, submittedAt: r.submittedAt })), total: count(SQL.reviewCount) };
    },
  };
}
