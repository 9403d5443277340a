import type { planDocOpsZhCN } from './zh-CN';
import type { Messages } from '../messages';

export const planDocOpsEn: Messages<typeof planDocOpsZhCN> = {
  planDocOps: {
    operations: {},
    staff: {},
    growth: {},
  },
};
