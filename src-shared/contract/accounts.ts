import { z } from 'zod';
import { defineDomain, method } from './define';
import { ClockTime, Id, IdInput, Ok, optionalText, requiredText, RowMeta } from './common';
import { FREQUENCIES, frequencyOverLimit } from '../domain/accounts/frequency';
import { NamingCheck } from '../domain/accounts/naming';

export const Platform = z.enum(['wechat_subscription', 'wechat_service', 'weibo', 'channels', 'douyin', 'xiaohongshu', 'wecom_group']);
export type Platform = z.infer<typeof Platform>;

/** 品牌型 / 销售型 / 混合型 */
export const AccountPurpose = z.enum(['brand', 'sales', 'mixed']);
export type AccountPurpose = z.infer<typeof AccountPurpose>;

/** 每日, 每周多次, 每周, 每两周, 每月, 不定期 */
export const UpdateFrequency = z.enum(FREQUENCIES);
export type UpdateFrequency = z.infer<typeof UpdateFrequency>;

const accountFields = {
  platform: Platform,
  name: requiredText(30),
  /** WeChat id / platform handle; cannot be changed after registration. */
  handle: optionalText(40).refine((v) => !v || /^[A-Za-z0-9_\-.@]+$/.test(v), 'validation.handleChars'),
  purpose: AccountPurpose,
  /** 业态 */
  businessLine: optionalText(20),
  city: optionalText(20),
  followers: z.number('validation.number').int('validation.integer').min(0, 'validation.nonNegative').max(1_000_000_000, 'validation.tooLarge'),
  /** 认证 */
  verified: z.boolean(),
  updateFrequency: UpdateFrequency,
  /** 常用推送时间: '' or 'HH:mm', the push time a new calendar item of the account starts with; left out, it stays as it was (update) or empty (create). */
  usualPushTime: ClockTime.optional(),
  /** Team member responsible for the account. */
  ownerId: Id.nullable(),
  /** Where the QR code is placed (门店海报, 官网页脚 …). */
  qrPlacement: optionalText(100),
  notes: optionalText(500, { multiline: true }),
};

/** A frequency the platform cannot keep (a 服务号 set to 每日) is refused on the frequency: validation.platformLimits.frequency {max}. */
function frequencyFits<S extends z.ZodType<{ platform?: Platform; updateFrequency?: UpdateFrequency }>>(schema: S): S {
  return schema.superRefine(({ platform, updateFrequency }, ctx) => {
    const max = platform && updateFrequency ? frequencyOverLimit(platform, updateFrequency) : undefined;
    if (max !== undefined) ctx.addIssue({ code: 'custom', path: ['updateFrequency'], message: 'validation.platformLimits.frequency', params: { max } });
  });
}

const AccountFields = z.object(accountFields);
export const AccountInput = frequencyFits(AccountFields);
export type AccountInput = z.input<typeof AccountInput>;

export const Account = RowMeta.extend({
  ...accountFields,
  handle: z.string(),
  businessLine: z.string(),
  city: z.string(),
  usualPushTime: z.string(),
  qrPlacement: z.string(),
  notes: z.string(),
  naming: NamingCheck,
});
export type Account = z.infer<typeof Account>;

export const accountsContract = defineDomain('accounts', {
  list: method('Lists the own accounts (not deleted) with their naming-template check.', z.object({}), z.array(Account)),
  get: method('One account by id.', IdInput, Account),
  create: method('Creates an account.', AccountInput, Account),
  update: method('Updates an account (a patch changing only one of platform and frequency is checked against the other by the service).', z.object({ id: Id, patch: frequencyFits(AccountFields.partial()) }), Account),
  remove: method('Deletes an account (a tombstone; restore undoes it).', IdInput, Ok),
  restore: method('Undoes a delete.', IdInput, Account),
});
