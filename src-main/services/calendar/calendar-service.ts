import type { ServiceContext } from '../context';
import { createCalendarAttentionService } from './attention';
import { createCalendarCadenceService } from './cadence';
import { createCalendarItemsService } from './items';
import { createKeyDatesService } from './key-dates';
import { createCalendarPlanningService } from './planning';
import { createCalendarRevertService } from './revert';

/** The `calendar.*` methods, composed from one module per capability. */
export function createCalendarService(ctx: ServiceContext) {
  return {
    ...createCalendarItemsService(ctx),
    ...createCalendarPlanningService(ctx),
    ...createCalendarRevertService(ctx),
    ...createCalendarAttentionService(ctx),
    ...createKeyDatesService(ctx),
    ...createCalendarCadenceService(ctx),
  };
}
