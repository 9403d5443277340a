// The desktop's sync engine: reasons of failures and the `opsbench sync` command (issue 14).

export const syncEngineZhCN = {
  syncEngine: {
    notEnrolled: '这个工作区还没有注册到总部',
  },
};
