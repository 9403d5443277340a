import type { Platform } from '../../../src-shared/contract/accounts';
import type { CalendarLayerKind } from '../../../src-shared/contract/calendar-layers';

/** What a day shows beside its items: China's calendar, and the workspace's own key dates (重要日期). */
export interface DayLayer {
  date: string;
  kind: CalendarLayerKind | 'keyDate';
  name: string;
  nameEn: string;
  /** A 休 estimated from the statutory holidays (the year's schedule is not known). */
  estimated?: boolean;
}

/** The layer toggles of the header: 调休 workdays follow the holiday toggle. */
export type LayerToggle = 'holiday' | 'solarTerm' | 'lunarFestival' | 'marketing' | 'keyDate';
export const LAYER_TOGGLES: LayerToggle[] = ['holiday', 'solarTerm', 'lunarFestival', 'marketing', 'keyDate'];

export function toggleOf(kind: DayLayer['kind']): LayerToggle {
  return kind === 'workday' ? 'holiday' : kind;
}

/** What a chip needs to know about an item's account. */
export interface AccountBadge {
  name: string;
  color: string;
  platform: Platform;
}
