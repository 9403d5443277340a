import type { Platform } from '../../../src-shared/contract/accounts';
import type { ItemStatus } from '../../../src-shared/contract/calendar';
import type { CalendarLayerKind } from '../../../src-shared/contract/calendar-layers';

export type CalendarItemStatus = ItemStatus;

/** The layer toggles of the header: 调休 workdays follow the holiday toggle. */
export type LayerToggle = 'holiday' | 'solarTerm' | 'lunarFestival' | 'marketing';
export const LAYER_TOGGLES: LayerToggle[] = ['holiday', 'solarTerm', 'lunarFestival', 'marketing'];

export function toggleOf(kind: CalendarLayerKind): LayerToggle {
  return kind === 'workday' ? 'holiday' : kind;
}

/** What a chip needs to know about an item's account. */
export interface AccountBadge {
  name: string;
  color: string;
  platform: Platform;
}
