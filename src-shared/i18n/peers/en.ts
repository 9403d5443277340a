import type { Messages } from '../messages';
import type { peersZhCN } from './zh-CN';

// Benchmarks (issue 11): the screen, its tabs and the register of peer accounts with their learnings.
// English; the type makes a missing or extra key a compile error.

export const peersEn: Messages<typeof peersZhCN> = {
  peers: {
    nav: 'Benchmarks',
    title: 'Benchmarks',
    tabs: { ranking: 'Ranking', trends: 'Trends', compare: 'Compare', top: 'Top articles', weekly: 'Weekly', peers: 'Peer accounts', entry: 'Enter data' },
  },
};
