import type { Messages } from '../messages';
import type { hqZhCN } from './zh-CN';

// The HQ server's `opsbench hq …` commands and its error messages (issue 14).

export const hqEn: Messages<typeof hqZhCN> = {
  hq: {
    ready: 'OpsBench HQ ready: {{url}}',
  },
};
