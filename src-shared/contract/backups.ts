import { z } from 'zod';
import { defineDomain, method } from './define';
import { Ok } from './common';

export const BackupReason = z.enum(['open', 'daily', 'manual', 'before-migrate', 'before-restore', 'before-demo', 'before-import', 'before-sync-replace']);
export type BackupReason = z.infer<typeof BackupReason>;

export const Backup = z.object({
  /** File name inside `<data dir>/backups`. */
  name: z.string(),
  reason: BackupReason,
  createdAt: z.string(),
  sizeBytes: z.number(),
});
export type Backup = z.infer<typeof Backup>;

export const backupsContract = defineDomain('backups', {
  list: method('Lists the rolling backups, newest first (the last 10 are kept).', z.object({}), z.array(Backup)),
  create: method('Makes a backup now.', z.object({}), Backup),
  restore: method('Replaces the workspace with a backup (after backing up the current state).', z.object({ name: z.string().regex(/^[\w.-]+\.sqlite$/) }), Ok),
});
