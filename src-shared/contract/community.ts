import { z } from 'zod';
import { Id, IdInput, Ok, optionalText, RowMeta } from './common';
import { defineDomain, method } from './define';

// Community SOP (社群): each WeChat Work group's (an account with platform wecom_group) profile
// and its reusable scripts; scripts without a group are templates every group may copy.

export const SCRIPT_KINDS = ['welcome', 'announcement', 'keyword', 'rule'] as const;
export const ScriptKind = z.enum(SCRIPT_KINDS);
export type ScriptKind = z.infer<typeof ScriptKind>;

const profileFields = {
  /** 定位: who the group is for and what it gives them. */
  positioning: optionalText(500, { multiline: true }),
  ownerId: Id.nullable().optional(),
  adminIds: z.array(Id).max(20, 'validation.tooMany').optional(),
  notes: optionalText(2000, { multiline: true }),
};
export const GroupProfileInput = z.object(profileFields);
export type GroupProfileInput = z.input<typeof GroupProfileInput>;

/** A group: its account's name and its SOP profile (empty until first saved). */
export const CommunityGroup = z.object({
  id: Id,
  name: z.string(),
  positioning: z.string(),
  ownerId: Id.nullable(),
  adminIds: z.array(Id),
  notes: z.string(),
  scriptCount: z.number(),
});
export type CommunityGroup = z.infer<typeof CommunityGroup>;

const scriptFields = {
  kind: ScriptKind,
  title: optionalText(40),
  /** The trigger of a keyword auto-reply (required for that kind, ignored for the others). */
  keyword: optionalText(30),
  text: optionalText(5000, { multiline: true }),
};
const hasText = (s: { text?: string }) => s.text === undefined || s.text !== '';
const TEXT_REQUIRED = { message: 'validation.required', path: ['text'] };
export const ScriptInput = z
  .object({ groupId: Id.nullable(), ...scriptFields })
  .refine((s) => s.kind !== 'keyword' || (s.keyword ?? '') !== '', { message: 'validation.required', path: ['keyword'] })
  .refine((s) => s.text !== undefined && hasText(s), TEXT_REQUIRED);
export type ScriptInput = z.input<typeof ScriptInput>;
/** A keyword reply left without its keyword is refused by the service (the patch alone cannot tell). */
export const ScriptPatch = z.object({ ...scriptFields, kind: ScriptKind.optional() }).refine(hasText, TEXT_REQUIRED);
export type ScriptPatch = z.input<typeof ScriptPatch>;

export const Script = RowMeta.extend({ groupId: Id.nullable(), kind: ScriptKind, title: z.string(), keyword: z.string(), text: z.string(), position: z.number() });
export type Script = z.infer<typeof Script>;

export const communityContract = defineDomain('community', {
  groups: method('Lists the WeChat Work groups (accounts with platform wecom_group) with their SOP profiles.', z.object({}), z.array(CommunityGroup)),
  getGroup: method('One group with its profile.', IdInput, CommunityGroup),
  updateGroup: method('Saves a group’s positioning, owner, admins and notes.', z.object({ id: Id, patch: GroupProfileInput }), CommunityGroup),
  scripts: method('A group’s scripts (groupId null: the templates), by kind and position.', z.object({ groupId: Id.nullable() }), z.array(Script)),
  createScript: method('Adds a script at the end of its kind.', ScriptInput, Script),
  updateScript: method('Updates a script’s kind, title, keyword or text.', z.object({ id: Id, patch: ScriptPatch }), Script),
  removeScript: method('Deletes a script (restoreScript undoes it).', IdInput, Ok),
  restoreScript: method('Undoes a remove.', IdInput, Script),
  reorderScripts: method('Puts scripts of one group in the given order (positions 0, 1, 2 …).', z.object({ ids: z.array(Id).min(1, 'validation.required').max(500, 'validation.tooMany') }), z.array(Script)),
  copyTemplate: method('Copies a template into a group (用到本群), at the end of its kind.', z.object({ templateId: Id, groupId: Id }), Script),
});
