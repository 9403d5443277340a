import type { ActivitySpan } from '../../../src-shared/contract/activities';
import type { CadenceGap, CalendarItem, ItemStatus, KeyDate, PushProblem } from '../../../src-shared/contract/calendar';
import type { CalendarLayerDay, CalendarLayersRange } from '../../../src-shared/contract/calendar-layers';
import { monthEnd, monthStart } from '../../../src-shared/domain/dates';
import type { ApiDeps } from '../../lib/api';
import { nonEmpty, withoutEmptyLists } from '../../lib/empty-lists';
import { spanInFilter } from './activity-spans';

export interface CalendarQuery {
  from: string;
  to: string;
  /** 'YYYY-MM-DD' of the user's today, for 今日推送 and overdue drafts. */
  today: string;
  /** Filters; an empty list = no filter. */
  accountIds: string[];
  columnIds: string[];
  statuses: ItemStatus[];
  ownerIds: string[];
  tags: string[];
  /** Whether to look for cadence gaps (the 空档 layer is on). */
  withGaps: boolean;
}

/** What one range of the calendar shows, but its layers (static, kept apart in `LayerCache`). */
export interface RangeData {
  items: CalendarItem[];
  problems: PushProblem[];
  gaps: CadenceGap[];
  keyDates: KeyDate[];
  /** Activities' phases in the range, of the filtered accounts (or of none). */
  spans: ActivitySpan[];
}

type Api = ApiDeps['api'];

export const queryKeyOf = (query: CalendarQuery) => JSON.stringify(query);

const anyOf = <T>(wanted: readonly T[], value: T) => wanted.length === 0 || wanted.includes(value);

/** Whether `listItems` lists the item for this query (its filters), so a write's answer can be put in place. */
export function matchesQuery(item: CalendarItem, query: CalendarQuery): boolean {
  return (
    item.date >= query.from &&
    item.date <= query.to &&
    anyOf(query.accountIds, item.accountId) &&
    anyOf(query.statuses, item.status) &&
    anyOf(query.ownerIds, item.ownerId ?? '') &&
    anyOf(query.columnIds, item.columnId ?? '') &&
    (query.tags.length === 0 || item.tags.some((tag) => query.tags.includes(tag)))
  );
}

/** One call per part of a range, so a change refetches only the parts it touched. */
export function rangeCalls(api: Api, query: CalendarQuery): { [K in keyof RangeData]: () => Promise<RangeData[K]> } {
  const range = { from: query.from, to: query.to };
  const accountIds = nonEmpty(query.accountIds);
  const { columnIds, statuses, ownerIds, tags } = query;
  return {
    items: () => api.calendar.listItems(withoutEmptyLists({ ...range, accountIds: query.accountIds, columnIds, statuses, ownerIds, tags })),
    problems: async () => {
      const problems = await api.calendar.problems(range);
      return accountIds ? problems.filter((p) => accountIds.includes(p.accountId)) : problems;
    },
    gaps: async () => (query.withGaps ? api.calendar.cadenceGaps({ ...range, accountIds }) : []),
    keyDates: () => api.calendar.listKeyDates(range),
    spans: async () => (await api.activities.spans(range)).filter((span) => spanInFilter(span, query.accountIds)),
  };
}

/** Fetches a range (the layers into `layers`): the items first, so the server answers them first. */
export async function fetchRange(api: Api, query: CalendarQuery, layers: LayerCache): Promise<RangeData> {
  const calls = rangeCalls(api, query);
  const [items, , problems, gaps, keyDates, spans] = await Promise.all([calls.items(), layers.get(api, query), calls.problems(), calls.gaps(), calls.keyDates(), calls.spans()]);
  return { items, problems, gaps, keyDates, spans };
}

/**
 * China's calendar layers per range. They are static, so each range is fetched once and kept;
 * a `calendarLayers` change (holidays held in the workspace, a later issue) empties the cache.
 */
export class LayerCache {
  private readonly ranges = new Map<string, { days: Promise<CalendarLayerDay[]>; settled?: CalendarLayerDay[] }>();
  constructor(private readonly size = 48) {}

  get(api: Api, { from, to }: CalendarLayersRange): Promise<CalendarLayerDay[]> {
    const key = `${from}/${to}`;
    const known = this.ranges.get(key);
    if (known) return known.days;
    const entry: { days: Promise<CalendarLayerDay[]>; settled?: CalendarLayerDay[] } = { days: api.calendarLayers.list({ from, to }).then((answer) => (entry.settled = answer.days)) };
    // A failed fetch is not kept: the next look asks again.
    entry.days.catch(() => this.ranges.get(key) === entry && this.ranges.delete(key));
    this.ranges.set(key, entry);
    if (this.ranges.size > this.size) this.ranges.delete(this.ranges.keys().next().value!);
    return entry.days;
  }

  /** The range's layers when they have arrived. */
  peek({ from, to }: CalendarLayersRange): CalendarLayerDay[] | undefined {
    return this.ranges.get(`${from}/${to}`)?.settled;
  }

  clear(): void {
    this.ranges.clear();
  }
}

/**
 * The ranges fetched lately (the one on screen and its prefetched neighbours), so stepping to
 * the next month shows it at once. A change drops the ranges it touches; the page drops them all
 * on leaving.
 */
export class RangeCache {
  private readonly entries = new Map<string, { query: CalendarQuery; data: RangeData }>();
  /** Counts the drops: data fetched before a drop may be stale and is not kept. */
  epoch = 0;
  constructor(private readonly size = 6) {}

  get(key: string): RangeData | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry?.data;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Keeps `data`, unless ranges were dropped since `epoch` (when its fetch started). */
  set(query: CalendarQuery, data: RangeData, epoch: number): void {
    if (epoch !== this.epoch) return;
    const key = queryKeyOf(query);
    this.entries.delete(key);
    this.entries.set(key, { query, data });
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * Drops the ranges that show any of `dates` (their items, or problems of their months), or
   * every range without dates.
   */
  drop(dates?: readonly string[]): void {
    this.epoch++;
    const months = dates?.filter(Boolean).map((date) => [monthStart(date), monthEnd(date)] as const);
    for (const [key, { query }] of this.entries) {
      if (!months || months.some(([start, end]) => start <= query.to && end >= query.from)) this.entries.delete(key);
    }
  }
}
