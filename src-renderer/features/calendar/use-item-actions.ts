import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUndo } from '../../components/use-undo';
import { errorText } from '../../lib/field-errors';
import { calendarStore, type MoveTarget } from './store';

/** Moving, copying and deleting items, each with its message and (for moves and deletes) an undo. */
export function useItemActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const undo = useUndo();
  const store = () => calendarStore().getState();
  const fail = (error: Parameters<typeof errorText>[1]) => void message.error(errorText(t, error));

  return {
    async move(ids: string[], target: MoveTarget): Promise<boolean> {
      const result = await store().move(ids, target);
      if (!result.ok) {
        fail(result.error);
        return false;
      }
      const before = result.data;
      undo(t('calendar.moved', { count: ids.length }), () => store().place(before));
      return true;
    },
    async duplicate(ids: string[], date?: string): Promise<boolean> {
      const result = await store().duplicate(ids, date);
      if (!result.ok) {
        fail(result.error);
        return false;
      }
      const copies = result.data.map((item) => item.id);
      undo(t('calendar.duplicated', { count: copies.length }), () => store().remove(copies));
      return true;
    },
    async remove(ids: string[], title?: string): Promise<boolean> {
      const result = await store().remove(ids);
      if (!result.ok) {
        fail(result.error);
        return false;
      }
      undo(title ? t('calendar.form.deleted', { title }) : t('calendar.deletedMany', { count: ids.length }), () => store().restore(ids));
      return true;
    },
  };
}
