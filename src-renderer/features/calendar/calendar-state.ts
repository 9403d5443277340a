import type {
  Attention,
  CadenceFill,
  CadenceGap,
  CadencePreview,
  CalendarItem,
  CalendarItemInput,
  CalendarItemPatch,
  ItemEdit,
  ItemStatus,
  KeyDate,
  KeyDateInput,
  PushProblem,
} from '../../../src-shared/contract/calendar';
import type { ActivitySpan } from '../../../src-shared/contract/activities';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import type { Column } from '../../../src-shared/contract/columns';
import type { ApiCallError } from '../../lib/api';
import type { SaveResult } from '../../lib/result';
import type { History, Reverted, Step, StepLabel } from './history-steps';
import type { CalendarQuery } from './range-data';

// What the calendar store holds and what it can do (store.ts implements it).

/** Where items are dropped: a day ('' = the topic pool), an account (week view) and/or a status (board). */
export interface MoveTarget {
  date?: string;
  /** Dated items move (or are copied) this many days on, keeping the days between them; the pool's go to `date`. */
  days?: number;
  accountId?: string;
  status?: ItemStatus;
}

export interface CalendarState {
  /** What is shown; null before the first load. */
  query: CalendarQuery | null;
  items: CalendarItem[];
  /** The topic pool (选题库): items without a date, of the filtered accounts. */
  pool: CalendarItem[];
  layers: CalendarLayerDay[];
  problems: PushProblem[];
  gaps: CadenceGap[];
  /** The workspace's key dates (重要日期) in the range. */
  keyDates: KeyDate[];
  /** Activities' phases in the range (the account filter applied). */
  spans: ActivitySpan[];
  attention: Attention;
  /** Every live column (filters, gap texts, cadence placeholders). */
  columns: Column[];
  loading: boolean;
  error: ApiCallError | null;
  history: History;
  /**
   * Shows a range: a range fetched lately (or prefetched) at once, else fetched, the items first.
   * The layers come once per range, the side panels (pool, today's pushes, overdue drafts) when
   * the accounts or the day change, the columns once; each again only after a change.
   */
  load(query: CalendarQuery): Promise<void>;
  /** Fetches a range in the background (the periods before and after the one on screen). */
  prefetch(query: CalendarQuery): Promise<void>;
  /** Drops the fetched ranges (the page is left). */
  forget(): void;
  /** Every write below is a step of the history, but the key dates'. */
  create(input: CalendarItemInput): Promise<SaveResult<CalendarItem>>;
  /** Writes only the fields given: the ones the operator changed. */
  update(id: string, patch: CalendarItemPatch): Promise<SaveResult<CalendarItem>>;
  /** Edits several items in one step (a status, an owner or a tag for a selection). */
  edit(edits: ItemEdit[], label: StepLabel): Promise<SaveResult<Step | null>>;
  /** Deletes at once (the items disappear); undo brings them back. */
  remove(ids: string[]): Promise<SaveResult<Step | null>>;
  /** Moves items (drag and drop, the selection bar). */
  move(ids: string[], target: MoveTarget): Promise<SaveResult<Step | null>>;
  /** Copies items onto a day ('' = the pool) and, in the week view, another account. */
  duplicate(ids: string[], target: MoveTarget): Promise<SaveResult<Step | null>>;
  /** Records the items an import created as one step (the import itself is the transfer store's). */
  imported(items: CalendarItem[]): Step | null;
  /** Undoes the last step (only when it is `stepId`, when given); null when there is none. */
  undo(stepId?: number): Promise<SaveResult<Reverted | null>>;
  /** Redoes the last undone step (only when it is `stepId`, when given). */
  redo(stepId?: number): Promise<SaveResult<Reverted | null>>;
  /** Every item of one push (an account's day), whatever the filters, in slot order. */
  pushOf(accountId: string, date: string): Promise<SaveResult<CalendarItem[]>>;
  /** What `fillCadence` would create for these columns in a range, the past days it skips and the rule problems it would cause. */
  previewCadence(range: CadenceFill): Promise<SaveResult<CadencePreview>>;
  /** Creates placeholder items from the columns' cadences (none twice). */
  fillCadence(range: CadenceFill): Promise<SaveResult<Step | null>>;
  saveKeyDate(input: KeyDateInput): Promise<SaveResult<KeyDate>>;
  removeKeyDate(id: string): Promise<SaveResult<unknown>>;
  /** Sets the slots 1..n of one push in the given order; `before` is the push as it was (default: as shown). */
  reorder(accountId: string, date: string, ids: string[], before?: CalendarItem[]): Promise<SaveResult<CalendarItem[]>>;
}
