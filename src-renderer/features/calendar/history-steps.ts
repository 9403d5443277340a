import type { ItemStatus, RevertResult } from '../../../src-shared/contract/calendar';
import type { StepChanges } from '../../../src-shared/domain/calendar/history';

// The steps of the calendar's history (the calendar store keeps them): a name made of a kind and
// its particulars (history-text.ts says it), and the changes that undo and redo it.

export type StepKind = 'created' | 'edited' | 'moved' | 'movedToPool' | 'movedToAccount' | 'statusSet' | 'ownerSet' | 'tagAdded' | 'tagRemoved' | 'copied' | 'deleted' | 'deletedOne' | 'reordered' | 'filled' | 'imported';

export interface StepLabel {
  kind: StepKind;
  count: number;
  title?: string;
  date?: string;
  accountId?: string;
  status?: ItemStatus;
  ownerId?: string | null;
  tag?: string;
}

/** One step of the history: its name, and the changes that undo and redo it (calendar.revertItems). */
export interface Step {
  id: number;
  label: StepLabel;
  changes: StepChanges;
  /** Columns a move to another account took off its items (a column belongs to its account). */
  clearedColumns: string[];
}

/** What an undo or a redo did: the step, and what it kept because it changed since. */
export interface Reverted {
  step: Step;
  kept: RevertResult['kept'];
}

/** The calendar's history of this session: the steps done (the last one is undone first) and the ones undone (the last one is redone first). */
export interface History {
  done: Step[];
  undone: Step[];
}

/** The name of a move in the history, by where it went. */
export function moveLabel(count: number, { date, accountId, status }: { date?: string; accountId?: string; status?: ItemStatus }): StepLabel {
  if (status) return { kind: 'statusSet', count, status };
  if (date === '') return { kind: 'movedToPool', count };
  return accountId ? { kind: 'movedToAccount', count, accountId, date } : { kind: 'moved', count, date };
}
