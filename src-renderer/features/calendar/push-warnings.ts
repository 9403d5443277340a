import type { CalendarItem, PushProblem } from '../../../src-shared/contract/calendar';
import { checkPushRules } from '../../../src-shared/domain/calendar/push-rules';
import { firstFreeSlot, hasPushSlots } from '../../../src-shared/domain/calendar/slots';

// What saving the item drawer would do to its push, told before the save: the shared push rules
// run over the items the renderer already holds (the range on screen), with the item as the form
// has it. No call to the back end: the panel of problems refreshes after the save anyway.

/** The item as the drawer's form holds it; `id` is absent for a new item. */
export interface PlannedItem {
  id?: string;
  accountId: string;
  /** '' = the topic pool: no push, nothing to warn about. */
  date: string;
  slot: number;
  status: string;
}

export interface PushWarnings {
  /** The other item of the push that already holds the chosen slot. */
  taken: CalendarItem | null;
  /** The push-rule problems saving would leave that concern this item (the duplicate slot `taken` already says). */
  problems: PushProblem[];
  /** The push's first free slot, offered when the chosen slot is taken or leaves a gap; null when there is none. */
  freeSlot: number | null;
}

const NONE: PushWarnings = { taken: null, problems: [], freeSlot: null };
/** Stands for the new item in the plan the rules check. */
const NEW_ITEM = 'opsbench:new-item';

/** Counts of serviceOverMonthly by month, to tell a fifth push this item makes from one the month had already. */
function monthlyCounts(problems: readonly PushProblem[]): Map<string, number> {
  return new Map(problems.filter((p) => p.code === 'serviceOverMonthly').map((p) => [p.date, Number(p.params?.count ?? 0)]));
}

export function pushWarnings(held: readonly CalendarItem[], planned: PlannedItem, platform: string): PushWarnings {
  if (!planned.date || !hasPushSlots(platform) || planned.status === 'cancelled') return NONE;
  const self = planned.id ?? NEW_ITEM;
  const month = planned.date.slice(0, 7);
  // The account's other items of that month: the monthly limit of a service account counts them all.
  const others = held.filter((i) => i.accountId === planned.accountId && i.id !== self && i.status !== 'cancelled' && i.date.startsWith(month));
  const push = others.filter((i) => i.date === planned.date);
  const taken = push.find((i) => i.slot === planned.slot) ?? null;
  const account = [{ id: planned.accountId, platform }];
  const before = monthlyCounts(checkPushRules(others, account));
  const after = checkPushRules([...others, { ...planned, id: self }], account);
  const problems = after.filter((p) => {
    if (p.code === 'slotDuplicate' && taken) return false;
    if (p.code === 'serviceOverMonthly') return Number(p.params?.count ?? 0) > (before.get(p.date) ?? 0);
    return p.itemIds.includes(self);
  });
  const slots = new Set(push.map((i) => i.slot));
  const free = firstFreeSlot(slots);
  const misplaced = taken || problems.some((p) => p.code === 'slotGap');
  return { taken, problems, freeSlot: misplaced && !slots.has(free) && free !== planned.slot ? free : null };
}
