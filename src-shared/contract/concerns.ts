import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { Id, IdInput, Ok, optionalText, requiredText, RowMeta } from './common';
import { defineDomain, method } from './define';

// Followers' concerns (用户关注点): what followers keep asking or complaining about, how often,
// in their own words, and the articles that answer it (docs/ARCHITECTURE.md, issue 12).

export const CONCERN_CATEGORIES = ['product', 'service', 'complaint', 'price', 'other'] as const;
export const ConcernCategory = z.enum(CONCERN_CATEGORIES);
export type ConcernCategory = z.infer<typeof ConcernCategory>;

export const CONCERN_STATUSES = ['new', 'answering', 'answered', 'closed'] as const;
export const ConcernStatus = z.enum(CONCERN_STATUSES);
export type ConcernStatus = z.infer<typeof ConcernStatus>;

/** A frequency is a count of messages: a whole number, 0 up to a million. */
const Frequency = z.number('validation.number').int('validation.integer').min(0, 'validation.nonNegative').max(1_000_000, 'validation.tooLarge');
const OptionalDate = z.string().refine((v) => v === '' || isIsoDate(v), 'validation.date');

const concernFields = {
  topic: requiredText(60),
  category: ConcernCategory,
  frequency: Frequency.optional(),
  /** Example messages as followers wrote them, one per line (a long message keeps all its characters). */
  examples: optionalText(20_000, { multiline: true }),
  status: ConcernStatus.optional(),
  /** 'YYYY-MM-DD' or '' (not noted). */
  firstSeen: OptionalDate.optional(),
  accountId: Id.nullable().optional(),
  notes: optionalText(2000, { multiline: true }),
  /** The articles that answer it (a set, replaced on update). */
  articleIds: z.array(Id).max(50, 'validation.tooMany').optional(),
};
export const ConcernInput = z.object(concernFields);
export type ConcernInput = z.input<typeof ConcernInput>;

/** An answering article as the concern shows it. */
export const ConcernArticle = z.object({ id: Id, title: z.string() });
export type ConcernArticle = z.infer<typeof ConcernArticle>;

export const Concern = RowMeta.extend({
  ...concernFields,
  frequency: z.number(),
  examples: z.string(),
  status: ConcernStatus,
  firstSeen: z.string(),
  accountId: Id.nullable(),
  notes: z.string(),
  articleIds: z.array(Id),
  /** Live answering articles with their titles, in the order they were linked. */
  articles: z.array(ConcernArticle),
});
export type Concern = z.infer<typeof Concern>;

export const ConcernFilter = z.object({ category: ConcernCategory.optional(), status: ConcernStatus.optional(), accountId: Id.optional() });

/** One category's share: how many concerns and how many messages. */
export const CategoryCount = z.object({ category: ConcernCategory, concerns: z.number(), frequency: z.number() });
export type CategoryCount = z.infer<typeof CategoryCount>;

export const concernsContract = defineDomain('concerns', {
  list: method('Lists concerns, most frequent first (new ones first among ties).', ConcernFilter, z.array(Concern)),
  get: method('One concern with its answering articles.', IdInput, Concern),
  create: method('Adds a concern.', ConcernInput, Concern),
  update: method('Updates a concern; articleIds given replace the old set.', z.object({ id: Id, patch: ConcernInput.partial() }), Concern),
  remove: method('Deletes a concern (restore brings it back with its article links).', IdInput, Ok),
  restore: method('Undoes a remove.', IdInput, Concern),
  bump: method('Adds to a concern’s frequency (+1 as the operator reads another message about it).', z.object({ id: Id, by: z.number().int('validation.integer').min(1).max(1000).optional() }), Concern),
  top: method('The most frequent open concerns (not closed), new ones first among ties.', z.object({ limit: z.number().int().min(1).max(100) }), z.array(Concern)),
  counts: method('Concerns and messages per category (every category, zeros too).', z.object({}), z.array(CategoryCount)),
});
