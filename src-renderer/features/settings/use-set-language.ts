import { useCallback } from 'react';
import type { Language } from '../../../src-shared/contract/settings';
import { useShowError } from '../../lib/use-show-error';
import { settingsStore } from './store';

/** Switches the UI language at once (kept on this device); when the back end refuses, says why and switches back. */
export function useSetLanguage(): (language: Language) => void {
  const showError = useShowError();
  return useCallback(
    (language) =>
      void settingsStore()
        .getState()
        .setLanguage(language)
        .then((result) => {
          if (!result.ok) showError(result.error);
        }),
    [showError],
  );
}
