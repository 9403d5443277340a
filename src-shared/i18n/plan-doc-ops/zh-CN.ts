// The marketing plan document's words for sections 5–7: operation plan (cost list), staff, growth.
export const planDocOpsZhCN = {
  planDocOps: {
    operations: {},
    staff: {},
    growth: {},
  },
};
