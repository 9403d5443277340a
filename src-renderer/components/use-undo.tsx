import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/field-errors';
import type { SaveResult } from '../lib/result';

let counter = 0;

/** Shows "已删除 … 撤销" after a delete; the button calls `undo` (the domain's restore). */
export function useUndo() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  // Stable across renders, so components that take it (through context or memo) do not re-render.
  return useCallback((text: string, undo: () => Promise<SaveResult<unknown>>) => {
    const key = `undo-${++counter}`;
    void message.open({
      key,
      type: 'success',
      duration: 8,
      content: (
        <span data-testid="undo-message">
          {text}
          <Button
            type="link"
            size="small"
            data-testid="undo"
            onClick={() => {
              message.destroy(key);
              void undo().then((result) => {
                if (!result.ok) void message.error(errorText(t, result.error));
              });
            }}
          >
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
  }, [message, t]);
}
