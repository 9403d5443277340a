import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../lib/use-show-error';
import { workspaceStore } from './store';

/** Loads the demo workspace (the back end backs up the current data first); says why when it fails. */
export function useLoadDemo(): () => Promise<boolean> {
  const { t } = useTranslation();
  const showError = useShowError();
  return useCallback(async () => {
    const result = await workspaceStore().getState().loadDemo();
    if (!result.ok) showError(result.error, t('firstLaunch.demoFailed'));
    return result.ok;
  }, [showError, t]);
}
