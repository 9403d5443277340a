import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { durationText } from '../../../src-shared/domain/worklog/duration';

/** Minutes in words: 1 小时 30 分 / 2 小时 / 45 分钟. */
export function useDurationText(): (minutes: number) => string {
  const { t } = useTranslation();
  return useCallback((total: number) => durationText(total, (key, params) => t(key, params)), [t]);
}
