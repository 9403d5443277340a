import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndoable } from '../../components/use-undo';
import { calendarStore, type MoveTarget } from './store';

/** Moving, copying and deleting items, each with its message and an undo; stable across renders. */
export function useItemActions() {
  const { t } = useTranslation();
  const undoable = useUndoable();

  return useMemo(() => {
    const store = () => calendarStore().getState();
    return {
      move(ids: string[], target: MoveTarget): Promise<boolean> {
        // Say where they went: a move through the date picker may leave the period on screen.
        const count = ids.length;
        const text = target.date
          ? t('calendar.movedTo', { count, date: dayjs(target.date).format(t('calendar.agendaDayFormat')) })
          : target.date === ''
            ? t('calendar.movedToPool', { count })
            : t('calendar.moved', { count });
        return undoable(
          () => store().move(ids, target),
          text,
          (before) => store().place(before),
        );
      },
      duplicate(ids: string[], date?: string, accountId?: string): Promise<boolean> {
        return undoable(
          () => store().duplicate(ids, date, accountId),
          (copies) => t('calendar.duplicated', { count: copies.length }),
          (copies) => store().remove(copies.map((item) => item.id)),
        );
      },
      remove(ids: string[], title?: string): Promise<boolean> {
        const text = title ? t('calendar.form.deleted', { title }) : t('calendar.deletedMany', { count: ids.length });
        return undoable(
          () => store().remove(ids),
          text,
          () => store().restore(ids),
        );
      },
    };
  }, [t, undoable]);
}
