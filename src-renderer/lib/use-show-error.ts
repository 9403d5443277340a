import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, type FailedCall } from './field-errors';

/**
 * Tells the operator that a call failed, in their language (`errorText`): the one way views
 * report an API error. `lead` says what was being done (「示例数据加载失败：」).
 */
export function useShowError(): (error: FailedCall, lead?: string) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback((error, lead = '') => void message.error(`${lead}${errorText(t, error)}`), [message, t]);
}
