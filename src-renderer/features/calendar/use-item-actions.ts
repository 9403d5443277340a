import { App } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndo } from '../../components/use-undo';
import { errorText } from '../../lib/field-errors';
import type { SaveResult } from '../../lib/result';
import { calendarStore, type MoveTarget } from './store';

/** Moving, copying and deleting items, each with its message and an undo; stable across renders. */
export function useItemActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const undo = useUndo();

  return useMemo(() => {
    const store = () => calendarStore().getState();
    /** Shows the error of a failed write, or the undo message of a done one; says which. */
    const report = <T,>(result: SaveResult<T>, done: (data: T) => void): boolean => {
      if (!result.ok) void message.error(errorText(t, result.error));
      else done(result.data);
      return result.ok;
    };
    return {
      async move(ids: string[], target: MoveTarget): Promise<boolean> {
        // Say where they went: a move through the date picker may leave the period on screen.
        const count = ids.length;
        const text = target.date ? t('calendar.movedTo', { count, date: dayjs(target.date).format(t('calendar.agendaDayFormat')) }) : target.date === '' ? t('calendar.movedToPool', { count }) : t('calendar.moved', { count });
        return report(await store().move(ids, target), (before) => undo(text, () => store().place(before)));
      },
      async duplicate(ids: string[], date?: string, accountId?: string): Promise<boolean> {
        return report(await store().duplicate(ids, date, accountId), (copies) => {
          const copyIds = copies.map((item) => item.id);
          undo(t('calendar.duplicated', { count: copyIds.length }), () => store().remove(copyIds));
        });
      },
      async remove(ids: string[], title?: string): Promise<boolean> {
        const text = title ? t('calendar.form.deleted', { title }) : t('calendar.deletedMany', { count: ids.length });
        return report(await store().remove(ids), () => undo(text, () => store().restore(ids)));
      },
    };
  }, [t, message, undo]);
}
