// 设置 → 同步 and the status indicator (issue 14).

export const syncZhCN = {
  sync: {
    title: '同步',
  },
};
