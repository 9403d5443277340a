import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { concernsContract } from '../../../src-shared/contract/concerns';
import type { ServiceContext } from '../context';

export function createConcernsService(_ctx: ServiceContext): DomainHandlers<typeof concernsContract> {
  return {};
}
