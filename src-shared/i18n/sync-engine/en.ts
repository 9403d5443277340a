import type { Messages } from '../messages';
import type { syncEngineZhCN } from './zh-CN';

// The desktop's sync engine: reasons of failures and the `opsbench sync` command (issue 14).

export const syncEngineEn: Messages<typeof syncEngineZhCN> = {
  syncEngine: {
    notEnrolled: 'This workspace is not enrolled with HQ yet',
  },
};
