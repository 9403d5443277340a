import type { Backup } from '../../../src-shared/contract/backups';
import { createBackup, listBackups } from '../../db/backup';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';

export function createBackupsService(ctx: ServiceContext, restoreBackup: (name: string) => void) {
  return {
    list: (): Backup[] => listBackups(ctx.dataDir),
    create: (): Backup => createBackup(ctx.sqlite, ctx.dataDir, 'manual'),
    restore({ name }: { name: string }) {
      if (!listBackups(ctx.dataDir).some((b) => b.name === name)) throw notFound('backup', name);
      restoreBackup(name);
      return { ok: true as const };
    },
  };
}
