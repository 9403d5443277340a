import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { plansContract } from '../../../src-shared/contract/plans';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { createPlanExports } from './plan-export';

/** The marketing plans (first cut: nothing stored yet). */
export function createPlansService(ctx: ServiceContext): DomainHandlers<typeof plansContract> {
  const missing = () => {
    throw new AppError('unsupported', 'plans are not built yet');
  };
  const exporting = createPlanExports(ctx, missing);
  return {
    list: () => [],
    get: missing,
    create: missing,
    update: missing,
    updateSection: missing,
    reorderSections: missing,
    remove: missing,
    restore: missing,
    preview: missing,
    ...exporting,
  };
}
