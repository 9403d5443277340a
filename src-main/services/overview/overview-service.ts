import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { overviewContract } from '../../../src-shared/contract/overview';
import type { ServiceContext } from '../context';

export function createOverviewService(_ctx: ServiceContext): DomainHandlers<typeof overviewContract> {
  return {};
}
