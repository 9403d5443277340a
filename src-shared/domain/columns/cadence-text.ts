import type { MessageKey, MessageParams } from '../../i18n';
import type { Cadence } from './cadence';

/** A cadence in words: 每周二、周四 / 每天 / 每月1日、15日 / 不定期 (the columns screen and the plan document). */
export function cadenceText(cadence: Cadence, t: (key: MessageKey, params?: MessageParams) => string): string {
  const sep = t('cadence.separator');
  switch (cadence.kind) {
    case 'daily':
      return t('cadence.daily');
    case 'irregular':
      return t('cadence.irregular');
    case 'weekly': {
      const days = [...new Set(cadence.weekdays)].sort((a, b) => a - b);
      return t('cadence.weeklyOn', { days: days.map((d) => t(`cadence.weekday.${d}` as MessageKey)).join(sep) });
    }
    case 'monthly': {
      const days = [...new Set(cadence.days)].sort((a, b) => a - b);
      return t('cadence.monthlyOn', { days: days.map((d) => t('cadence.monthDay', { day: d })).join(sep) });
    }
  }
}
