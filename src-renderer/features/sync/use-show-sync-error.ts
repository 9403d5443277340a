import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, translateIssue, type FailedCall } from '../../lib/field-errors';

/**
 * Says why a sync call failed. The engine names the reason by a key of its own in an issue
 * without a field (`syncEngine.error.network` …): it says more than the code's general text (a
 * `conflict` here is not 「数据已被修改」, an `unauthorized` not 「会话已失效」).
 */
export function syncErrorText(t: Parameters<typeof errorText>[0], error: FailedCall): string {
  const reason = error.issues?.find((issue) => issue.path.length === 0 && /^sync(Engine)?\./.test(issue.message));
  return reason ? translateIssue(t, { message: reason.message, params: reason.params }) : errorText(t, error);
}

export function useShowSyncError(): (error: FailedCall, lead?: string) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback((error, lead = '') => void message.error(`${lead}${syncErrorText(t, error)}`), [message, t]);
}
