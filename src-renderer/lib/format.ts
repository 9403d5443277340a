import dayjs from 'dayjs';

// Number and size formats as Chinese operators read them: 12,345 below ten thousand,
// then 1.2万 / 3.4亿; English uses 12.3K / 1.2M.

function trimmed(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}

export function formatFollowers(count: number, language: string): string {
  if (language.startsWith('zh')) {
    if (count >= 1e8) return `${trimmed(count / 1e8)}亿`;
    if (count >= 1e4) return `${trimmed(count / 1e4)}万`;
    return count.toLocaleString('zh-CN');
  }
  if (count >= 1e6) return `${trimmed(count / 1e6)}M`;
  if (count >= 1e4) return `${trimmed(count / 1e3)}K`;
  return count.toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimmed(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimmed(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** A moment (an ISO timestamp) in local time as 2026-12-01 14:17:05, in either language: dayjs's 'LLL' reads 中午12点17分 in Chinese. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}
