import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, type FailedCall } from '../../lib/field-errors';

/**
 * Says why a sync call failed. The engine refuses with message keys of its own (`syncEngine.…`,
 * `sync.…`): those say more than the code's general text (a `conflict` is not 「数据已被修改」 here).
 */
export function useShowSyncError(): (error: FailedCall, lead?: string) => void {
  const { message } = App.useApp();
  const { t, i18n } = useTranslation();
  return useCallback(
    (error, lead = '') => {
      const text = /^sync(Engine)?\.[\w.]+$/.test(error.message) && i18n.exists(error.message) ? t(error.message) : errorText(t, error);
      void message.error(`${lead}${text}`);
    },
    [i18n, message, t],
  );
}
