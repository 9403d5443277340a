import { describe, expect, it } from 'vitest';
import { Platform, UpdateFrequency, AccountPurpose } from '../../../src-shared/contract/accounts';
import { BackupReason } from '../../../src-shared/contract/backups';
import { IMPORT_MESSAGES, ImportField } from '../../../src-shared/contract/calendar-transfer';
import { ErrorCode } from '../../../src-shared/contract/define';
import { ROLES } from '../../../src-shared/contract/team';
import { NamingStatus } from '../../../src-shared/domain/accounts/naming';
import { en } from '../../../src-renderer/i18n/en';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

function flatten(tree: object, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (value && typeof value === 'object' ? Object.entries(flatten(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, value]])),
  );
}

const zh = flatten(zhCN);
const english = flatten(en);

describe('translations', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty texts', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(english)]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('keep the same interpolation placeholders in both languages', () => {
    const vars = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh)) expect(vars(english[key]), key).toEqual(vars(zh[key]));
  });

  it('name every value the contract can send', () => {
    const needed = [
      ...Platform.options.map((p) => `accounts.platform.${p}`),
      ...AccountPurpose.options.map((p) => `accounts.purpose.${p}`),
      ...UpdateFrequency.options.map((f) => `accounts.frequency.${f}`),
      ...NamingStatus.options.map((s) => `accounts.naming.${s}`),
      ...ROLES.map((r) => `team.role.${r}`),
      ...BackupReason.options.map((r) => `backups.reason.${r}`),
      ...ErrorCode.options.map((c) => `errors.${c}`),
      ...IMPORT_MESSAGES.map((m) => `validation.${m}`),
      ...ImportField.options.map((f) => `calendarTransfer.fields.${f}`),
      ...['tooManyTop', 'tooManySub', 'nameEmpty', 'nameTooLong', 'nameTruncated', 'noAction', 'badUrl', 'emptyReply', 'unknownColumn'].map((c) => `menu.problems.${c}`),
      ...['required', 'tooLong', 'number', 'integer', 'nonNegative', 'tooLarge', 'handleChars', 'pickRole', 'pickWeekday', 'pickMonthDay', 'tooMany'].map((v) => `validation.${v}`),
    ];
    for (const key of needed) expect(zh[key], key).toBeTypeOf('string');
  });
});
