import type { Backup } from '../../src-shared/contract/backups';
import { createBackup, listBackups } from '../db/backup';
import type { ServiceContext } from './context';

export function createBackupsService(ctx: ServiceContext, restoreBackup: (name: string) => void) {
  return {
    list: (): Backup[] => listBackups(ctx.dataDir),
    create: (): Backup => createBackup(ctx.sqlite, ctx.dataDir, 'manual'),
    restore({ name }: { name: string }) {
      restoreBackup(name);
      return { ok: true as const };
    },
  };
}
