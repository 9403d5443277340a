import type { Messages } from '../messages';
import type { syncZhCN } from './zh-CN';

// Settings → Sync and the status indicator (issue 14). The type makes a missing or extra key a compile error.

export const syncEn: Messages<typeof syncZhCN> = {
  sync: {
    title: 'Sync',
  },
};
