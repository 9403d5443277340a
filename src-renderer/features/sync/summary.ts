import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../../src-shared/contract/sync';

// The status in a few words, as the header's indicator and the settings card say it.

dayjs.extend(relativeTime);

/** How the words are coloured: muted (not enrolled), ok, busy, warn (offline, update needed), danger. */
export type SyncTone = 'muted' | 'ok' | 'busy' | 'warn' | 'danger';

export interface SyncSummary {
  text: string;
  tone: SyncTone;
}

/** 3 分钟前 / 3 minutes ago; a moment a skewed clock puts ahead of now reads as just now. */
export function ago(iso: string, now: Date): string {
  const at = dayjs(iso);
  return (at.isAfter(now) ? dayjs(now) : at).from(now);
}

export function summarize(t: TFunction, status: SyncStatus, now: Date): SyncSummary {
  const count = status.pendingChanges;
  switch (status.state) {
    case 'notEnrolled':
      return { text: t('sync.indicator.notEnrolled'), tone: 'muted' };
    case 'syncing':
      return { text: t('sync.indicator.syncing'), tone: 'busy' };
    case 'offline':
      return { text: count > 0 ? t('sync.indicator.offlinePending', { count }) : t('sync.indicator.offline'), tone: 'warn' };
    case 'error':
      return { text: t('sync.indicator.error'), tone: 'danger' };
    case 'revoked':
      return { text: t('sync.indicator.revoked'), tone: 'danger' };
    case 'tooOld':
      return { text: t('sync.indicator.tooOld'), tone: 'warn' };
    case 'idle':
      if (count > 0) return { text: t('sync.indicator.pending', { count }), tone: 'busy' };
      return { text: status.lastSyncAt ? t('sync.indicator.synced', { ago: ago(status.lastSyncAt, now) }) : t('sync.indicator.connected'), tone: 'ok' };
  }
}

/** The reason of the failure that stands (offline, error): the engine says it in the user's language, whole. */
export function problemText(status: SyncStatus): string | null {
  if (!status.lastError || (status.state !== 'error' && status.state !== 'offline')) return null;
  return status.lastError.message;
}
