import { App } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndo } from '../../components/use-undo';
import { useShowError } from '../../lib/use-show-error';
import type { Step } from './history-steps';
import { useClearedText, useKeptText, useStepText } from './history-text';
import { calendarStore } from './store';

/** The toast's button reports its own errors. */
const DONE = () => ({ ok: true as const, data: null });

/**
 * Runs `show` once the frame in progress is painted: the items of a step or an undo show first,
 * their toast (an antd message costs about as much again to render) a frame later.
 */
function afterPaint(show: () => void): void {
  requestAnimationFrame(() => setTimeout(show, 0));
}

/** The one toast of the calendar's history: each new step, undo or redo replaces the last. */
export const STEP_TOAST = 'calendar-step';

/**
 * Undo and redo of the calendar's history with their toasts: 「已撤销：移动 3 条到 12月8日」 with
 * 重做, and what was kept because it changed since (「2 个字段已被他处修改，保留了新值」).
 */
export function useRevert() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useUndo();
  const showError = useShowError();
  const stepText = useStepText();
  const keptText = useKeptText();

  return useMemo(() => {
    const store = () => calendarStore().getState();
    async function revert(way: 'undo' | 'redo', stepId?: number): Promise<void> {
      const result = await store()[way](stepId);
      if (!result.ok) return showError(result.error);
      if (!result.data) {
        if (stepId === undefined) void message.open({ key: STEP_TOAST, type: 'info', content: t(way === 'undo' ? 'calendar.history.nothingToUndo' : 'calendar.history.nothingToRedo') });
        return;
      }
      const { step, kept } = result.data;
      const text = [t(way === 'undo' ? 'calendar.history.undone' : 'calendar.history.redone', { step: stepText(step.label) }), keptText(kept)].filter(Boolean).join(t('calendar.history.noteSeparator'));
      const back = way === 'undo' ? 'redo' : 'undo';
      afterPaint(() => toast(text, () => revert(back, step.id).then(DONE), { key: STEP_TOAST, type: kept.length ? 'warning' : 'success', button: t(`calendar.history.${back}`), buttonTestId: back }));
    }
    return { undo: (stepId?: number) => revert('undo', stepId), redo: (stepId?: number) => revert('redo', stepId) };
  }, [t, message, toast, showError, stepText, keptText]);
}

/** Says what a step did, with 撤销 (the history's undo of that very step while it is the last one). */
export function useStepToast(): (text: string, step: Step) => void {
  const { t } = useTranslation();
  const toast = useUndo();
  const { undo } = useRevert();
  const clearedText = useClearedText();
  return useCallback(
    (text: string, step: Step) => afterPaint(() => toast([text, clearedText(step)].filter(Boolean).join(t('calendar.history.noteSeparator')), () => undo(step.id).then(DONE), { key: STEP_TOAST })),
    [t, toast, undo, clearedText],
  );
}
