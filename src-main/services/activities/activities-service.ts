import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { activitiesContract } from '../../../src-shared/contract/activities';
import type { ServiceContext } from '../context';

export function createActivitiesService(_ctx: ServiceContext): DomainHandlers<typeof activitiesContract> {
  // Filled in by the helper building the domain.
  return {} as DomainHandlers<typeof activitiesContract>;
}
