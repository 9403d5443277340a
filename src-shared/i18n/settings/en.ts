import type { Messages } from '../messages';
import type { settingsZhCN } from './zh-CN';

// Settings (设置) and backups (备份).
// English; the type makes a missing or extra key a compile error.

export const settingsEn: Messages<typeof settingsZhCN> = {
  settings: {
    title: 'Settings',
    profile: 'Workspace profile',
    device: 'This device',
    language: 'Language',
    dataDir: 'Data folder',
    dataDirHint: "The workspace's data and backups live here",
    demoHint: 'Adds the demo accounts, columns, menus and team of 华东分公司 to this workspace (the profile becomes the demo profile too) to try things out. The current data is backed up first and can be restored above.',
    demoConfirm: 'Load the demo data? The current data is backed up first.',
    demoLoaded: 'Demo workspace loaded',
  },
  backups: {
    title: 'Backups',
    create: 'Back up now',
    created: 'Backup made',
    restore: 'Restore',
    restoreConfirm: 'Replace the current data with this backup?',
    restoreConfirmHint: 'The current data is backed up first.',
    restored: 'Restored the backup of {{time}}',
    empty: 'No backups yet',
    columns: { createdAt: 'Time', reason: 'Reason', size: 'Size' },
    reason: {
      open: 'On open',
      daily: 'Daily',
      manual: 'Manual',
      'before-migrate': 'Before data upgrade',
      'before-restore': 'Before restore',
      'before-demo': 'Before loading the demo',
      'before-import': 'Before an import',
    },
  },
};
