import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { costsContract } from '../../../src-shared/contract/costs';
import type { ServiceContext } from '../context';

export function createCostsService(_ctx: ServiceContext): DomainHandlers<typeof costsContract> {
  // Filled in by the helper building the domain.
  return {} as DomainHandlers<typeof costsContract>;
}
