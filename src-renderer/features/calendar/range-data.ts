import type { CadenceGap, CalendarItem, ItemStatus, KeyDate, PushProblem } from '../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import type { ApiDeps } from '../../lib/api';
import { nonEmpty, withoutEmptyLists } from '../../lib/empty-lists';

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

/** What one range of the calendar shows. */
export interface RangeData {
  items: CalendarItem[];
  layers: CalendarLayerDay[];
  problems: PushProblem[];
  gaps: CadenceGap[];
  keyDates: KeyDate[];
}

export const queryKeyOf = (query: CalendarQuery) => JSON.stringify(query);

/**
 * Fetches a range: the items first (handed to `onItems` as soon as they arrive, so the grid fills
 * before the rest), then the layers, the push-rule problems, the cadence gaps and the key dates.
 */
export async function fetchRange(api: ApiDeps['api'], query: CalendarQuery, onItems?: (items: CalendarItem[]) => void): Promise<RangeData> {
  const range = { from: query.from, to: query.to };
  const accountIds = nonEmpty(query.accountIds);
  const { columnIds, statuses, ownerIds, tags } = query;
  const itemsCall = api.calendar.listItems(withoutEmptyLists({ ...range, accountIds: query.accountIds, columnIds, statuses, ownerIds, tags }));
  const around = Promise.all([
    api.calendarLayers.list(range),
    api.calendar.problems(range),
    query.withGaps ? api.calendar.cadenceGaps({ ...range, accountIds }) : [],
    api.calendar.listKeyDates(range),
  ]);
  around.catch(() => undefined); // awaited below, after the items
  const items = await itemsCall;
  onItems?.(items);
  const [layers, problems, gaps, keyDates] = await around;
  return { items, layers: layers.days, problems: accountIds ? problems.filter((p) => accountIds.includes(p.accountId)) : problems, gaps, keyDates };
}

/**
 * The ranges fetched lately (the one on screen and its prefetched neighbours), so stepping to
 * the next month shows it at once. Any change event empties it; the page empties it on leaving.
 */
export class RangeCache {
  private readonly entries = new Map<string, RangeData>();
  /** Counts the clears: data fetched before a clear may be stale and is not kept. */
  epoch = 0;
  constructor(private readonly size = 6) {}

  get(key: string): RangeData | undefined {
    const data = this.entries.get(key);
    if (data) {
      this.entries.delete(key);
      this.entries.set(key, data);
    }
    return data;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Keeps `data`, unless the cache was cleared since `epoch` (when its fetch started). */
  set(key: string, data: RangeData, epoch: number): void {
    if (epoch !== this.epoch) return;
    this.entries.delete(key);
    this.entries.set(key, data);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
  }
}
