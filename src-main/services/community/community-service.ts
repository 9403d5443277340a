import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { communityContract } from '../../../src-shared/contract/community';
import type { ServiceContext } from '../context';

export function createCommunityService(_ctx: ServiceContext): DomainHandlers<typeof communityContract> {
  return {};
}
