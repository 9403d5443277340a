import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { worklogContract } from '../../../src-shared/contract/worklog';
import type { ServiceContext } from '../context';

export function createWorklogService(_ctx: ServiceContext): DomainHandlers<typeof worklogContract> {
  return {};
}
