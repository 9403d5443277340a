import { App } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadenceFill, ItemStatus } from '../../../src-shared/contract/calendar';
import type { ImportResult } from '../../../src-shared/contract/calendar-transfer';
import type { SaveResult } from '../../lib/result';
import { useShowError } from '../../lib/use-show-error';
import { spacedDrop } from './drag';
import type { Step } from './history-steps';
import { calendarStore, type MoveTarget } from './store';
import { useStepToast } from './use-revert';

/**
 * Moving, copying, deleting, filling, importing and the selection's status, owner and tag: each a
 * step of the history, said in a toast with 撤销; stable across renders.
 */
export function useItemActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const stepToast = useStepToast();

  return useMemo(() => {
    const store = () => calendarStore().getState();
    /**
     * Waits for a write: its error, or its toast with 撤销 (a write that changed nothing is no step:
     * no toast, unless `always`, then without 撤销). Says whether it was done.
     */
    async function done(write: Promise<SaveResult<Step | null>>, text: (step: Step | null) => string, always = false): Promise<boolean> {
      const result = await write;
      if (!result.ok) {
        showError(result.error);
        return false;
      }
      if (result.data) stepToast(text(result.data), result.data);
      else if (always) void message.success(text(null));
      return true;
    }
    const edit = (ids: string[], patch: { status?: ItemStatus; ownerId?: string | null }) => ids.map((id) => ({ id, patch }));
    const actions = {
      move(ids: string[], target: MoveTarget): Promise<boolean> {
        // Say where they went: a move through the date picker may leave the period on screen.
        const count = ids.length;
        const text = target.date
          ? t('calendar.movedTo', { count, date: dayjs(target.date).format(t('calendar.agendaDayFormat')) })
          : target.date === ''
            ? t('calendar.movedToPool', { count })
            : t('calendar.moved', { count });
        return done(store().move(ids, target), () => text);
      },
      duplicate(ids: string[], target: MoveTarget): Promise<boolean> {
        return done(store().duplicate(ids, target), (step) => t('calendar.duplicated', { count: step?.label.count ?? 0 }));
      },
      /** A drop of dragged items (the dragged chip's id first): a selection keeps the days between its items. */
      drop(ids: string[], target: MoveTarget, copy: boolean): Promise<boolean> {
        const { items, pool } = store();
        const anchor = [...items, ...pool].find((item) => item.id === ids[0]);
        const spaced = spacedDrop(ids.length, target, anchor);
        return copy && target.date !== undefined ? actions.duplicate(ids, spaced) : actions.move(ids, spaced);
      },
      /** The selection bar's 移动到/复制到 a day: the earliest dated item lands there, the others keep their distance from it. */
      toDay(ids: string[], date: string, copy: boolean): Promise<boolean> {
        const { items, pool } = store();
        const dateOf = new Map([...items, ...pool].map((item) => [item.id, item.date]));
        const earliestFirst = [...ids].sort((a, b) => (dateOf.get(a) || '9999').localeCompare(dateOf.get(b) || '9999'));
        return actions.drop(earliestFirst, { date }, copy);
      },
      remove(ids: string[], title?: string): Promise<boolean> {
        const text = title ? t('calendar.form.deleted', { title }) : t('calendar.deletedMany', { count: ids.length });
        return done(store().remove(ids), () => text);
      },
      setStatus(ids: string[], status: ItemStatus): Promise<boolean> {
        const count = ids.length;
        return done(store().edit(edit(ids, { status }), { kind: 'statusSet', count, status }), () => t('calendar.bulk.statusDone', { count, status: t(`calendar.status.${status}`) }));
      },
      setOwner(ids: string[], ownerId: string | null, owner: string): Promise<boolean> {
        const count = ids.length;
        return done(store().edit(edit(ids, { ownerId }), { kind: 'ownerSet', count, ownerId }), () => t('calendar.bulk.ownerDone', { count, owner }));
      },
      tag(ids: string[], tag: string, add: boolean): Promise<boolean> {
        const count = ids.length;
        const edits = ids.map((id) => (add ? { id, addTags: [tag] } : { id, removeTags: [tag] }));
        return done(store().edit(edits, { kind: add ? 'tagAdded' : 'tagRemoved', count, tag }), () => t(add ? 'calendar.bulk.tagAddedDone' : 'calendar.bulk.tagRemovedDone', { count, tag }));
      },
      fill(range: CadenceFill): Promise<boolean> {
        return done(store().fillCadence(range), (step) => t('calendar.cadence.created', { count: step?.label.count ?? 0 }));
      },
      /** An import is done (the transfer store's): it becomes one step, said with its counts. */
      imported(result: ImportResult): Promise<boolean> {
        return done(Promise.resolve({ ok: true, data: store().imported(result.items) }), () => t('calendarTransfer.done', result), true);
      },
    };
    return actions;
  }, [t, message, showError, stepToast]);
}
