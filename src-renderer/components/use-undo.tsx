import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveResult } from '../lib/result';
import { useShowError } from '../lib/use-show-error';

let counter = 0;

/** How an undo toast shows: a `key` replaces the toast shown under it (one toast per history); the button's label and test id. */
export interface UndoToastOptions {
  key?: string;
  /** The button's text (default 撤销) and test id (default `undo`). */
  button?: string;
  buttonTestId?: string;
  type?: 'success' | 'info' | 'warning';
}

/** Shows a message with 撤销 (or another action) for 8 seconds; the button calls `undo` and reports its error. */
export function useUndo() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const showError = useShowError();
  // Stable across renders, so components that take it (through context or memo) do not re-render.
  return useCallback(
    (text: string, undo: () => Promise<SaveResult<unknown>>, options: UndoToastOptions = {}) => {
      const key = options.key ?? `undo-${++counter}`;
      void message.open({
        key,
        type: options.type ?? 'success',
        duration: 8,
        content: (
          <span data-testid="undo-message">
            {text}
            <Button
              type="link"
              size="small"
              data-testid={options.buttonTestId ?? 'undo'}
              onClick={() => {
                message.destroy(key);
                void undo().then((result) => {
                  if (!result.ok) showError(result.error);
                });
              }}
            >
              {options.button ?? t('common.undo')}
            </Button>
          </span>
        ),
      });
    },
    [message, t, showError],
  );
}

/**
 * A write that can be taken back (delete, move, copy, fill): its error when it fails, else its
 * message with 撤销, which runs `revert` with what the write answered. Says whether it was done.
 */
export function useUndoable() {
  const undo = useUndo();
  const showError = useShowError();
  return useCallback(
    async <T,>(write: () => Promise<SaveResult<T>>, text: string | ((done: T) => string), revert: (done: T) => Promise<SaveResult<unknown>>): Promise<boolean> => {
      const result = await write();
      if (!result.ok) {
        showError(result.error);
        return false;
      }
      const done = result.data;
      undo(typeof text === 'string' ? text : text(done), () => revert(done));
      return true;
    },
    [undo, showError],
  );
}
