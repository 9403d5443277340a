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
    demoHint: "Replaces this workspace's data with the demo accounts, columns, menus, team and calendar of 华东分公司 to try things out. The current data is backed up first and can be restored above.",
    demoConfirm: 'Replace the current data with the demo? It is backed up first.',
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
      'before-sync-replace': 'Before taking HQ’s data',
    },
  },
};
