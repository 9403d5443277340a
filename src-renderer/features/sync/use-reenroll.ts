import { useCallback } from 'react';
import { navigate } from '../../lib/router';
import { useShowError } from '../../lib/use-show-error';
import { syncHref } from './route';
import { syncStore } from './store';

/** 重新注册 after a revoke: forgets the dead enrolment (the data stays) and opens the form. */
export function useReenroll(): () => Promise<void> {
  const showError = useShowError();
  return useCallback(async () => {
    const result = await syncStore().getState().leave();
    if (!result.ok) return showError(result.error);
    navigate(syncHref());
  }, [showError]);
}
