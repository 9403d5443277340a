import { z } from 'zod';
import { defineDomain, method } from './define';
import { ClockTime, Id, Ok, optionalText, requiredText, RowMeta } from './common';
import { MAX_SLOT, NO_SLOT } from '../domain/calendar/slots';
import { daysInclusive, isIsoDate } from '../domain/dates';

export { MAX_SLOT };

/** The longest range one call covers: a year view plus its edges (as calendarLayers). */
export const CALENDAR_MAX_DAYS = 400;
export const MAX_TAGS = 10;

/** 选题 → 撰写中 → 待审核 → 已定稿 → 已排期 → 已发布, or 已取消. */
export const ItemStatus = z.enum(['topic', 'writing', 'review', 'approved', 'scheduled', 'published', 'cancelled']);
export type ItemStatus = z.infer<typeof ItemStatus>;

/** 产品发布 / 周年纪念 / 活动 / 其他 */
export const KeyDateKind = z.enum(['launch', 'anniversary', 'event', 'other']);
export type KeyDateKind = z.infer<typeof KeyDateKind>;

const IsoDate = z.string('validation.required').refine(isIsoDate, 'validation.invalid');
/** A day, or '' (no date: the topic pool, or no due date). */
const OptionalDate = z.string().refine((v) => v === '' || isIsoDate(v), 'validation.invalid');
/** 1..8, or 0 (NO_SLOT) for platforms without pushes; the service sets 0 off WeChat and never keeps it on WeChat, whatever is sent. */
const Slot = z.number('validation.number').int('validation.integer').min(NO_SLOT, 'validation.slotRange').max(MAX_SLOT, 'validation.slotRange');
const Tag = requiredText(20);
/** Tags form a set: duplicates are dropped, order does not matter. */
const Tags = z
  .array(Tag)
  .refine((tags) => tags.length <= MAX_TAGS, { message: 'validation.tooMany', params: { max: MAX_TAGS } })
  .transform((tags) => [...new Set(tags)]);

const itemFields = {
  accountId: Id,
  /** 'YYYY-MM-DD', or '' for the topic pool (选题库). */
  date: OptionalDate,
  /** Push time: '' or 'HH:mm'. */
  time: ClockTime,
  /** Push slot: 1 = 头条, 2 = 次条 … 8; 0 = none (Weibo, 视频号 … plan by time). */
  slot: Slot,
  columnId: Id.nullable(),
  title: requiredText(64),
  /** Topic notes (选题说明). */
  notes: optionalText(2000, { multiline: true }),
  ownerId: Id.nullable(),
  /** When the draft is due: '' or 'YYYY-MM-DD'. */
  dueDate: OptionalDate,
  status: ItemStatus,
  tags: Tags,
};

/**
 * 排期: one article planned on an account. Left out on create: no date/time, 头条 (no slot off WeChat), no
 * column, 选题, no tags, and the owner of its column, else of its account (null asks for no owner).
 */
export const CalendarItemInput = z.object({
  ...itemFields,
  date: itemFields.date.default(''),
  time: itemFields.time.default(''),
  slot: itemFields.slot.default(1),
  columnId: itemFields.columnId.default(null),
  ownerId: itemFields.ownerId.optional(),
  dueDate: itemFields.dueDate.default(''),
  status: itemFields.status.default('topic'),
  tags: itemFields.tags.default([]),
});
export type CalendarItemInput = z.input<typeof CalendarItemInput>;
/** A create request after validation: defaults filled in, text cleaned. */
export type CalendarItemData = z.infer<typeof CalendarItemInput>;

/** The fields an edit may change; the ones left out stay as they were. */
export const CalendarItemPatch = z.object(itemFields).partial();
export type CalendarItemPatch = z.infer<typeof CalendarItemPatch>;

export const CalendarItem = RowMeta.extend({
  accountId: z.string(),
  date: z.string(),
  time: z.string(),
  slot: z.number(),
  columnId: z.string().nullable(),
  title: z.string(),
  notes: z.string(),
  ownerId: z.string().nullable(),
  dueDate: z.string(),
  status: ItemStatus,
  sourceKey: z.string(),
  /** Sorted. */
  tags: z.array(z.string()),
});
export type CalendarItem = z.infer<typeof CalendarItem>;

const ordered = (r: { from: string; to: string }) => r.from <= r.to;
const short = (r: { from: string; to: string }) => !(r.from <= r.to) || daysInclusive(r.from, r.to) <= CALENDAR_MAX_DAYS;
const TOO_LONG = { message: 'validation.rangeTooLong', path: ['to'], params: { max: CALENDAR_MAX_DAYS } };
const UNORDERED = { message: 'validation.rangeOrder', path: ['to'] };

const rangeFields = { from: IsoDate, to: IsoDate };
/** Refuses a range whose `from` is after its `to` or that spans more than CALENDAR_MAX_DAYS days. */
function checkedRange<S extends z.ZodType<{ from: string; to: string }>>(schema: S): S {
  return schema.refine(ordered, UNORDERED).refine(short, TOO_LONG);
}

export const CalendarRange = checkedRange(z.object(rangeFields));
export type CalendarRange = z.infer<typeof CalendarRange>;

export const ItemFilter = checkedRange(
  z.object({
    ...rangeFields,
    accountIds: z.array(Id).optional(),
    statuses: z.array(ItemStatus).optional(),
    ownerIds: z.array(Id).optional(),
    /** Items having any of these tags. */
    tags: z.array(z.string()).optional(),
    columnIds: z.array(Id).optional(),
  }),
);
export type ItemFilter = z.infer<typeof ItemFilter>;

const Ids = z.array(Id).min(1, 'validation.required').max(5000, 'validation.tooMany');
/** A move of dated items by whole days (at most about ten years either way). */
const DayShift = z.number().int().min(-4000).max(4000);

/** Where an item sits on the plan: what placeItems puts back when a move or status change is undone. */
export const Placement = z.object({ id: Id, date: OptionalDate, accountId: Id, slot: Slot, status: ItemStatus, columnId: Id.nullable() });
export type Placement = z.infer<typeof Placement>;

const Placements = z
  .array(Placement)
  .min(1, 'validation.required')
  .max(5000, 'validation.tooMany')
  .refine((placements) => new Set(placements.map((p) => p.id)).size === placements.length, 'validation.invalid');

/** 今日待发 and 逾期: what the operator should look at first today. */
export const Attention = z.object({
  /** Live items dated today, not cancelled, by account and slot. */
  today: z.array(CalendarItem),
  /** Drafts (选题/撰写中/待审核) whose deadline has passed (the 截稿日期, or the date when no due date is set), the longest overdue first; at most 50. */
  overdue: z.array(CalendarItem),
  /** How many drafts are overdue in all (the list shows the first 50). */
  overdueTotal: z.number(),
});
export type Attention = z.infer<typeof Attention>;

/** A day on which columns of an account are due by their cadence but the account has nothing planned. */
export const CadenceGap = z.object({ accountId: z.string(), date: z.string(), columnIds: z.array(z.string()) });
export type CadenceGap = z.infer<typeof CadenceGap>;

export const CadenceGapFilter = checkedRange(z.object({ ...rangeFields, accountIds: z.array(Id).optional() }));
export type CadenceGapFilter = z.infer<typeof CadenceGapFilter>;

export const CadenceFill = checkedRange(
  z.object({
    ...rangeFields,
    columnIds: z.array(Id).min(1, 'validation.required').max(200, 'validation.tooMany'),
    /** The operator's today: cadence days before it are skipped unless includePast (left out: nothing is skipped). */
    today: IsoDate.optional(),
    /** 包括已过去的日期 */
    includePast: z.boolean().optional(),
  }),
);
export type CadenceFill = z.infer<typeof CadenceFill>;

/** A placeholder fillCadence would create (status 选题, title `<column>｜待定`). */
export const CadencePlaceholder = z.object({
  columnId: z.string(),
  accountId: z.string(),
  date: z.string(),
  title: z.string(),
  /** `cadence:<columnId>:<date>`: the placeholder's own key, which the preview's problems name it by. */
  sourceKey: z.string(),
});
export type CadencePlaceholder = z.infer<typeof CadencePlaceholder>;

/** A WeChat push-rule violation (src-shared/domain/push-rules.ts); `code` is a key under `calendar.problems`. */
export const PushProblem = z.object({
  code: z.enum(['subscriptionTwiceADay', 'serviceOverMonthly', 'tooManyArticles', 'slotDuplicate', 'slotGap']),
  accountId: z.string(),
  /** 'YYYY-MM-DD', or 'YYYY-MM' for serviceOverMonthly. */
  date: z.string(),
  itemIds: z.array(z.string()),
  params: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});
export type PushProblem = z.infer<typeof PushProblem>;

/** What fillCadence would do: its placeholders, the days it skips as past, and the push-rule problems it would cause. */
export const CadencePreview = z.object({
  placeholders: z.array(CadencePlaceholder),
  /** Placeholders left out because their day is before `today` (includePast not set). */
  skippedPast: z.number(),
  /** The problems of the existing plan plus the placeholders that involve a placeholder (itemIds: item ids and placeholders' sourceKeys). */
  problems: z.array(PushProblem),
});
export type CadencePreview = z.infer<typeof CadencePreview>;

const keyDateFields = {
  date: IsoDate,
  name: requiredText(30),
  kind: KeyDateKind,
  notes: optionalText(500, { multiline: true }),
};

/** A key date of the workspace (新品发布, 周年庆 …); without id it is created. */
export const KeyDateInput = z.object({ id: Id.optional(), ...keyDateFields });
export type KeyDateInput = z.input<typeof KeyDateInput>;

export const KeyDate = RowMeta.extend({ date: z.string(), name: z.string(), kind: KeyDateKind, notes: z.string() });
export type KeyDate = z.infer<typeof KeyDate>;

// Undo and redo (issue 8): an undo is a new edit that puts back only the fields that still hold
// the value the step wrote. The renderer's history keeps, per step, the changes for each way.

/** One field of a revert: set to `restore` only where it still holds `expect` (the value the step wrote). */
const revertOf = <T extends z.ZodType>(value: T) => z.object({ expect: value, restore: value });

/**
 * What an undo or a redo puts back on one item, field by field, each value checked as an edit's is. `tags` is a set: each tag the two
 * lists disagree on is added or taken away when its presence is still as `expect` says. `deleted`
 * (true = tombstoned) deletes an item only when every other listed field still holds its
 * `expect`: an undo of a create lists every field with `expect` = `restore` (a check that writes
 * nothing), so an item changed since it was created is someone's work and stays.
 */
export const RevertFields = z
  .object({
    accountId: revertOf(Id),
    date: revertOf(OptionalDate),
    time: revertOf(itemFields.time),
    slot: revertOf(z.number().int().min(0).max(MAX_SLOT)),
    columnId: revertOf(Id.nullable()),
    title: revertOf(itemFields.title),
    notes: revertOf(itemFields.notes),
    ownerId: revertOf(Id.nullable()),
    dueDate: revertOf(OptionalDate),
    status: revertOf(ItemStatus),
    tags: revertOf(z.array(Tag).max(MAX_TAGS)),
    deleted: revertOf(z.boolean()),
  })
  .partial();
export type RevertFields = z.infer<typeof RevertFields>;
export type RevertField = keyof RevertFields;

export const RevertChange = z.object({ id: Id, fields: RevertFields });
export type RevertChange = z.infer<typeof RevertChange>;

export const RevertResult = z.object({
  /** The listed items that are live afterwards, as they are now. */
  items: z.array(CalendarItem),
  /** The listed items that are deleted afterwards. */
  deleted: z.array(z.string()),
  /**
   * What was not put back because it changed since (sync, another window) or points at an
   * account, column or member deleted since: those keep their newer value. `deleted` here is an
   * item left in place (changed since its create) or left deleted.
   */
  kept: z.array(z.object({ id: z.string(), field: z.string() })),
});
export type RevertResult = z.infer<typeof RevertResult>;

/** One item's part of editItems: fields to set (the others stay), and tags to add or take away (its other tags stay). */
export const ItemEdit = z.object({ id: Id, patch: CalendarItemPatch.optional(), addTags: z.array(Tag).max(MAX_TAGS).optional(), removeTags: z.array(z.string()).max(MAX_TAGS).optional() });
export type ItemEdit = z.input<typeof ItemEdit>;

export const calendarContract = defineDomain('calendar', {
  listItems: method('Lists the dated items in a range of at most 400 days, filtered by account, status, owner, tag and column.', ItemFilter, z.array(CalendarItem)),
  listPool: method('Lists the topic pool (选题库): items without a date.', z.object({ accountIds: z.array(Id).optional() }), z.array(CalendarItem)),
  createItem: method('Creates a calendar item (a topic in the pool when it has no date).', CalendarItemInput, CalendarItem),
  updateItem: method('Updates a calendar item; fields left out stay as they were.', z.object({ id: Id, patch: CalendarItemPatch }), CalendarItem),
  moveItems: method(
    "Moves items to a date ('' = the pool), an account and/or a status in one transaction (drag and drop); with `days`, dated items move by that many days each (a dragged selection keeps its spacing) and the pool's go to `date`; answers with the moved items and where they were.",
    z.object({ ids: Ids, date: OptionalDate.optional(), days: DayShift.optional(), accountId: Id.optional(), status: ItemStatus.optional() }),
    z.object({ moved: z.array(CalendarItem), before: z.array(Placement) }),
  ),
  placeItems: method('Puts items back at the given date, account, slot, status and column in one transaction (the undo of a move).', z.object({ placements: Placements }), z.array(CalendarItem)),
  duplicateItems: method(
    'Copies items (with their tags), onto another date and/or account when given; with `days`, dated items are copied that many days on (the pool’s onto `date`).',
    z.object({ ids: Ids, date: OptionalDate.optional(), days: DayShift.optional(), accountId: Id.optional() }),
    z.array(CalendarItem),
  ),
  editItems: method(
    'Edits items in one transaction (a form save, or a status, owner or tag for a selection); answers with the items after and as they were (for the history).',
    z.object({
      edits: z
        .array(ItemEdit)
        .min(1, 'validation.required')
        .max(5000, 'validation.tooMany')
        // One edit per item: two would each start from the tags as they were, and one would be lost.
        .refine((edits) => new Set(edits.map((e) => e.id)).size === edits.length, 'validation.invalid'),
    }),
    z.object({ items: z.array(CalendarItem), before: z.array(CalendarItem) }),
  ),
  revertItems: method(
    'Undoes or redoes a step in one transaction: puts back each listed field only where it still holds the value the step wrote, and answers what it kept.',
    z.object({
      changes: z
        .array(RevertChange)
        .min(1, 'validation.required')
        .max(5000, 'validation.tooMany')
        .refine((changes) => new Set(changes.map((c) => c.id)).size === changes.length, 'validation.invalid'),
    }),
    RevertResult,
  ),
  removeItems: method('Deletes items (restoreItems undoes it).', z.object({ ids: Ids }), Ok),
  restoreItems: method('Undoes a delete of items.', z.object({ ids: Ids }), z.array(CalendarItem)),
  reorderSlots: method(
    "Sets the push slots 1..n of an account's items on one date in the given order (every item of that push, each once).",
    z.object({ accountId: Id, date: IsoDate, ids: Ids.max(MAX_SLOT, 'validation.slotRange') }),
    z.array(CalendarItem),
  ),
  problems: method("Checks the plan in a range against WeChat's push rules and lists the violations.", CalendarRange, z.array(PushProblem)),
  attention: method(
    "Lists today's pushes and the overdue drafts (still topic, writing or review, whose due date is before today, or whose date is when no due date is set), of the given accounts or all.",
    z.object({ today: IsoDate, accountIds: z.array(Id).optional() }),
    Attention,
  ),
  cadenceGaps: method("Lists the days in a range on which an account's columns are due by their cadence but the account has no item.", CadenceGapFilter, z.array(CadenceGap)),
  previewCadence: method('Lists the placeholders fillCadence would create for the chosen columns in a range, the past days it skips and the push-rule problems they would cause.', CadenceFill, CadencePreview),
  fillCadence: method(
    'Creates a 选题 placeholder on each cadence day of the chosen columns that has none yet (days before today only with includePast), in one transaction (removeItems undoes it).',
    CadenceFill,
    z.array(CalendarItem),
  ),
  listKeyDates: method("Lists the workspace's key dates in a range of at most 400 days.", CalendarRange, z.array(KeyDate)),
  saveKeyDate: method('Creates a key date, or updates it when an id is given.', KeyDateInput, KeyDate),
  removeKeyDate: method('Deletes a key date.', z.object({ id: Id }), Ok),
});
