import type { Account } from '../../../src-shared/contract/accounts';
import { CalendarItemInput, type CalendarItem, type CalendarItemData } from '../../../src-shared/contract/calendar';
import type { Column } from '../../../src-shared/contract/columns';
import { firstFreeSlot, hasPushSlots } from '../../../src-shared/domain/calendar/slots';

// The item drawer's values: where a new item starts, and what follows from a choice (an account
// brings its usual push time and a free slot, a column its owner), so the operator picks once.

/** What the form's rules read besides its own values: the items on screen and the accounts. */
export interface FormContext {
  held: readonly CalendarItem[];
  accounts: readonly Account[];
}

export const platformOf = (context: FormContext, accountId: string) => context.accounts.find((a) => a.id === accountId)?.platform ?? '';

/** Whether the account plans in numbered push slots (头条, 次条 …): WeChat's official accounts. */
export const hasSlots = (context: FormContext, accountId: string) => hasPushSlots(platformOf(context, accountId));

/**
 * The slot a new item of an account takes on a day: the first one its push leaves free (头条 on an
 * empty day, 次条 after a 头条), so one click does not plan a second push by accident.
 */
export function freeSlot(context: FormContext, accountId: string, date: string): number {
  if (!date) return 1;
  return firstFreeSlot(context.held.filter((i) => i.accountId === accountId && i.date === date && i.status !== 'cancelled').map((i) => i.slot));
}

/** The push time a dated item of the account starts with: its 常用推送时间 ('' when unset). */
export function usualTime(context: FormContext, accountId: string, date: string): string {
  return date ? (context.accounts.find((a) => a.id === accountId)?.usualPushTime ?? '') : '';
}

export function initialValues(item: CalendarItem | null, date: string, accountId: string | undefined, context: FormContext): CalendarItemInput {
  if (item) {
    const { accountId, date, time, slot, columnId, title, notes, ownerId, dueDate, status, tags } = item;
    // An item without slots (a Weibo post) holds none the form could show; WeChat's rules start at 1.
    return { accountId, date, time, slot: Math.max(1, slot), columnId, title, notes, ownerId, dueDate, status, tags };
  }
  const account = accountId ?? context.accounts[0]?.id ?? '';
  return {
    accountId: account,
    date,
    time: usualTime(context, account, date),
    slot: freeSlot(context, account, date),
    columnId: null,
    title: '',
    notes: '',
    ownerId: accountOwner(context, account),
    dueDate: '',
    status: 'topic',
    tags: [],
  };
}

/** The form's starting values as the contract cleans them, to compare the submitted ones with. */
export function cleaned(values: CalendarItemInput): Partial<CalendarItemData> {
  const parsed = CalendarItemInput.safeParse(values);
  return parsed.success ? parsed.data : (values as Partial<CalendarItemData>);
}

/** What the request carries: no slot for an account without slots (the back end gives it none). */
export function withoutSlot<T extends { slot?: number }>(values: T): Omit<T, 'slot'> {
  const { slot, ...rest } = values;
  return rest;
}

/** Who answers for an account's items until a column or the operator says otherwise: the account's 负责人. */
export function accountOwner(context: FormContext, accountId: string): string | null {
  return context.accounts.find((a) => a.id === accountId)?.ownerId ?? null;
}

/**
 * A column brings its owner to an item whose owner is still the default (none, or the account's),
 * as 按栏目生成's placeholders have it; an owner the operator chose stays.
 */
export function ownerFromColumn(ownerId: string | null | undefined, column: Column | undefined, defaultOwner: string | null): string | null {
  if (ownerId && ownerId !== defaultOwner) return ownerId;
  return column?.ownerId ?? ownerId ?? null;
}
