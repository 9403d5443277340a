import type { TFunction } from 'i18next';
import type { Cadence } from '../../../src-shared/domain/columns/cadence';

/** A cadence in words: 每周二、周四 / 每天 / 每月1日、15日 / 不定期. */
export function describeCadence(cadence: Cadence, t: TFunction): string {
  const sep = t('cadence.separator');
  switch (cadence.kind) {
    case 'daily':
      return t('cadence.daily');
    case 'irregular':
      return t('cadence.irregular');
    case 'weekly': {
      const days = [...new Set(cadence.weekdays)].sort((a, b) => a - b);
      return t('cadence.weeklyOn', { days: days.map((d) => t(`cadence.weekday.${d}`)).join(sep) });
    }
    case 'monthly': {
      const days = [...new Set(cadence.days)].sort((a, b) => a - b);
      return t('cadence.monthlyOn', { days: days.map((d) => t('cadence.monthDay', { day: d })).join(sep) });
    }
  }
}
