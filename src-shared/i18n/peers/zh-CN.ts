// 对标 (issue 11): the screen, its tabs and the register of peer accounts with their learnings.
// Chinese (the default); en.ts must have exactly the same keys.

export const peersZhCN = {
  peers: {
    nav: '对标',
    title: '对标',
    tabs: { ranking: '排名', trends: '趋势', compare: '对比', top: '爆文', weekly: '周报', peers: '对标账号', entry: '录入数据' },
  },
};
