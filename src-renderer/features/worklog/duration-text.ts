import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { splitMinutes } from '../../../src-shared/domain/worklog/duration';

/** Minutes in words: 1 小时 30 分 / 2 小时 / 45 分钟. */
export function useDurationText(): (minutes: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (total: number) => {
      const { hours, minutes } = splitMinutes(total);
      if (hours && minutes) return t('worklog.duration.hm', { hours, minutes });
      return hours ? t('worklog.duration.h', { hours }) : t('worklog.duration.m', { minutes });
    },
    [t],
  );
}
