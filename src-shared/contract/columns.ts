import { z } from 'zod';
import { defineDomain, method } from './define';
import { Id, IdInput, Ok, optionalText, requiredText, RowMeta } from './common';
import { Cadence } from '../domain/columns/cadence';

const columnFields = {
  accountId: Id,
  name: requiredText(20),
  /** What the column is for: 引流, 品牌故事, 促销 … */
  purpose: optionalText(200, { multiline: true }),
  cadence: Cadence,
  ownerId: Id.nullable(),
};

/** 栏目: a recurring series on an account. */
export const ColumnInput = z.object(columnFields);
export type ColumnInput = z.input<typeof ColumnInput>;

export const Column = RowMeta.extend({ ...columnFields, purpose: z.string(), sortOrder: z.number() });
export type Column = z.infer<typeof Column>;

export const columnsContract = defineDomain('columns', {
  list: method('Lists columns (of one account when accountId is given), in their order.', z.object({ accountId: Id.optional() }), z.array(Column)),
  create: method('Creates a column on an account.', ColumnInput, Column),
  update: method('Updates a column.', z.object({ id: Id, patch: ColumnInput.omit({ accountId: true }).partial() }), Column),
  remove: method('Deletes a column (restore undoes it).', IdInput, Ok),
  restore: method('Undoes a delete.', IdInput, Column),
  reorder: method("Sets the order of an account's columns.", z.object({ accountId: Id, ids: z.array(Id) }), Ok),
});
