import type { RevertChange, RevertResult } from '../../../src-shared/contract/calendar';
import type { StepChanges } from '../../../src-shared/domain/calendar/history';
import type { ApiDeps } from '../../lib/api';
import type { Written } from '../../lib/live-store';
import type { SaveResult } from '../../lib/result';
import type { History, Reverted, Step, StepLabel } from './history-steps';

// The calendar store's history: it records a step per write and undoes and redoes them through
// calendar.revertItems, one at a time in the order asked (three quick Ctrl+Z undo three steps).

/** The steps kept for undo: a session's worth. */
const HISTORY_LIMIT = 100;
export const NO_HISTORY: History = { done: [], undone: [] };

interface HistoryHost {
  api: ApiDeps['api'];
  /** The store's `follower.write`: the answer is shown at once, its own event refreshes only what follows. */
  write<T>(work: () => Promise<T>, show: (answer: T) => Written): Promise<SaveResult<T>>;
  /** Shows what an undo or a redo answered; returns the rows whose change event will come. */
  show(changes: readonly RevertChange[], answer: RevertResult): Written;
  history(): History;
  setHistory(history: History): void;
}

export function historyLog(host: HistoryHost) {
  let steps = 0;
  let reverting: Promise<unknown> = Promise.resolve();

  /** Adds a step (a write that changed nothing is none); a new step drops the steps undone. */
  function record(label: StepLabel, changes: StepChanges, clearedColumns: string[] = []): Step | null {
    if (changes.undo.length === 0) return null;
    const step: Step = { id: ++steps, label, changes, clearedColumns };
    host.setHistory({ done: [...host.history().done, step].slice(-HISTORY_LIMIT), undone: [] });
    return step;
  }

  /** A write's result as the step it recorded. */
  function recorded<T>(result: SaveResult<T>, step: (answer: T) => Step | null): SaveResult<Step | null> {
    return result.ok ? { ok: true, data: step(result.data) } : result;
  }

  /** Undoes the last step done, or redoes the last one undone (only when it is `stepId`, when given). */
  function revert(way: 'undo' | 'redo', stepId?: number): Promise<SaveResult<Reverted | null>> {
    const run = async (): Promise<SaveResult<Reverted | null>> => {
      const { done, undone } = host.history();
      const step = (way === 'undo' ? done : undone).at(-1);
      if (!step || (stepId !== undefined && step.id !== stepId)) return { ok: true, data: null };
      const changes = step.changes[way];
      const result = await host.write(
        () => host.api.calendar.revertItems({ changes }),
        (answer) => host.show(changes, answer),
      );
      const others = (list: Step[]) => list.filter((s) => s !== step);
      if (!result.ok) {
        // A step the back end refuses as such (too big, bad values) would refuse again: it leaves the history, so the steps behind it stay reachable.
        if (result.error.code === 'validation' || result.error.code === 'not_found') host.setHistory({ done: others(host.history().done), undone: others(host.history().undone) });
        return result;
      }
      const now = host.history();
      host.setHistory(way === 'undo' ? { done: others(now.done), undone: [...now.undone, step] } : { done: [...now.done, step], undone: others(now.undone) });
      return { ok: true, data: { step, kept: result.data.kept } };
    };
    const next = reverting.then(run);
    reverting = next.catch(() => undefined);
    return next;
  }

  return { record, recorded, revert };
}
