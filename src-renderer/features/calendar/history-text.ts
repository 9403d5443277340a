import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevertResult } from '../../../src-shared/contract/calendar';
import { useAccounts } from '../accounts/store';
import { useTeam } from '../team/store';
import type { Step, StepLabel } from './history-steps';
import { useCalendar } from './store';

// What the history list and the toasts say about a step (「移动 3 条到 12月8日」). Names are looked
// up when shown, so a renamed account reads anew.

/** The name of a step in the history, in the operator's language. */
export function useStepText(): (label: StepLabel) => string {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.rows);
  const members = useTeam((s) => s.rows);
  return useCallback(
    (label: StepLabel) => {
      const { kind, count, title = '', tag = '' } = label;
      const date = label.date ? dayjs(label.date).format(t('calendar.history.dateFormat')) : label.date === '' ? t('calendar.history.pool') : '';
      const account = accounts.find((a) => a.id === label.accountId)?.name ?? '';
      const owner = label.ownerId ? (members.find((m) => m.id === label.ownerId)?.name ?? '') : t('calendar.form.noOwner');
      const status = label.status ? t(`calendar.status.${label.status}`) : '';
      return t(`calendar.history.step.${kind}`, { count, title, date, account, owner, status, tag });
    },
    [t, accounts, members],
  );
}

/** The notes an undo's or a redo's toast adds: what was kept because it changed since. */
export function useKeptText(): (kept: RevertResult['kept']) => string {
  const { t } = useTranslation();
  return useCallback(
    (kept) => {
      const items = new Set(kept.filter((k) => k.field === 'deleted').map((k) => k.id)).size;
      const fields = kept.filter((k) => k.field !== 'deleted').length;
      return [fields && t('calendar.history.keptFields', { count: fields }), items && t('calendar.history.keptItems', { count: items })].filter(Boolean).join(t('calendar.groupSeparator'));
    },
    [t],
  );
}

/** What a move to another account says about the columns it cleared: 「栏目“新品速递”属于原账号，已清除」. */
export function useClearedText(): (step: Step) => string {
  const { t } = useTranslation();
  const columns = useCalendar((s) => s.columns);
  return useCallback(
    (step) => {
      const cleared = step.clearedColumns;
      if (cleared.length === 0) return '';
      const names = [...new Set(cleared.map((id) => columns.find((c) => c.id === id)?.name ?? ''))];
      return names.length === 1 ? t('calendar.history.columnCleared', { column: names[0], count: cleared.length }) : t('calendar.history.columnsCleared', { count: cleared.length });
    },
    [t, columns],
  );
}
