import { and, asc, between, eq, getTableColumns, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Attention, CalendarRange, ItemStatus, PushProblem } from '../../../src-shared/contract/calendar';
import { checkPushRules } from '../../../src-shared/domain/calendar/push-rules';
import { monthEnd, monthStart } from '../../../src-shared/domain/dates';
import { accounts, calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { livePlatforms, toItem, type ItemRow } from './item-rows';
import { tagsOf } from './tags';

// What needs the operator's attention: WeChat push-rule problems, today's pushes, overdue drafts.

/** 选题/撰写中/待审核: not through review yet, so a passed deadline means the draft is late. */
const UNFINISHED: ItemStatus[] = ['topic', 'writing', 'review'];
const OVERDUE_MAX = 50;
/** Items of deleted accounts are hidden (the account's tombstone hides its children). */
const OF_LIVE_ACCOUNT = and(eq(accounts.id, calendarItems.accountId), isNull(accounts.deletedAt));
/**
 * A draft's deadline is its 截稿日期 when it has one (a push dated today whose draft is due next
 * week is not late); without one, the push date itself (a pool topic without either has none).
 */
const DEADLINE = sql<string>`coalesce(nullif(${calendarItems.dueDate}, ''), ${calendarItems.date})`;

export function createCalendarAttentionService(ctx: ServiceContext) {
  /** The live items of live accounts matching `where`, ready to be ordered (a deleted account hides its items). */
  function liveItems(where: SQL | undefined) {
    return ctx.db
      .select(getTableColumns(calendarItems))
      .from(calendarItems)
      .innerJoin(accounts, OF_LIVE_ACCOUNT)
      .where(and(isNull(calendarItems.deletedAt), where));
  }
  function countLiveItems(where: SQL | undefined): number {
    return ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(calendarItems)
      .innerJoin(accounts, OF_LIVE_ACCOUNT)
      .where(and(isNull(calendarItems.deletedAt), where))
      .get()!.n;
  }

  return {
    problems({ from, to }: CalendarRange): PushProblem[] {
      // Whole months are read, so the monthly limit of a service account counts every push of the month.
      const start = monthStart(from);
      const end = monthEnd(to);
      const live = livePlatforms(ctx);
      const items = ctx.db
        .select({ id: calendarItems.id, accountId: calendarItems.accountId, date: calendarItems.date, slot: calendarItems.slot, status: calendarItems.status })
        .from(calendarItems)
        .where(and(between(calendarItems.date, start, end), isNull(calendarItems.deletedAt)))
        .all();
      const problems = checkPushRules(
        items,
        [...live].map(([id, platform]) => ({ id, platform })),
      );
      return problems.filter((p) => p.date.length === 7 || (p.date >= from && p.date <= to));
    },
    attention({ today, accountIds }: { today: string; accountIds?: string[] }): Attention {
      const ofAccounts = (where: SQL | undefined) => (accountIds ? and(where, inArray(calendarItems.accountId, accountIds)) : where);
      const onToday = liveItems(ofAccounts(and(eq(calendarItems.date, today), ne(calendarItems.status, 'cancelled'))))
        .orderBy(asc(calendarItems.accountId), asc(calendarItems.slot), asc(calendarItems.time), asc(calendarItems.createdAt))
        .all();
      const isOverdue = ofAccounts(and(inArray(calendarItems.status, UNFINISHED), ne(DEADLINE, ''), lt(DEADLINE, today)));
      const overdue = liveItems(isOverdue).orderBy(DEADLINE, asc(calendarItems.accountId), asc(calendarItems.slot), asc(calendarItems.createdAt)).limit(OVERDUE_MAX).all();
      const tags = tagsOf(
        ctx,
        [...onToday, ...overdue].map((r) => r.id),
      );
      const withTags = (row: ItemRow) => toItem(row, tags.get(row.id));
      return { today: onToday.map(withTags), overdue: overdue.map(withTags), overdueTotal: countLiveItems(isOverdue) };
    },
  };
}
