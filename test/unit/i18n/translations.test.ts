import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { AccountPurpose, Platform, UpdateFrequency } from '../../../src-shared/contract/accounts';
import { BackupReason } from '../../../src-shared/contract/backups';
import { ItemStatus } from '../../../src-shared/contract/calendar';
import { IMPORT_MESSAGES, ImportField } from '../../../src-shared/contract/calendar-transfer';
import { ErrorCode } from '../../../src-shared/contract/define';
import { Language } from '../../../src-shared/contract/settings';
import { ROLES } from '../../../src-shared/contract/team';
import { NamingStatus } from '../../../src-shared/domain/accounts/naming';
import { en, issueText, messages, translate, zhCN, type MessageKey } from '../../../src-shared/i18n';

function flatten(tree: object, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tree).flatMap(([key, value]) => (value && typeof value === 'object' ? Object.entries(flatten(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, value]])));
}

const zh = flatten(zhCN);
const english = flatten(en);
const placeholders = (text: unknown) => [...new Set([...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))].sort();
/** Keys as `t()` takes them: plural forms under their base. */
const baseKeys = [...new Set(Object.keys(zh).map((key) => key.replace(/_(one|other)$/, '')))] as MessageKey[];

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
    for (const key of Object.keys(zh)) expect(placeholders(english[key]), key).toEqual(placeholders(zh[key]));
  });

  it('give every plural both forms, one and other', () => {
    for (const key of Object.keys(zh).filter((k) => /_(one|other)$/.test(k))) {
      const base = key.replace(/_(one|other)$/, '');
      expect(zh[`${base}_one`], key).toBeTypeOf('string');
      expect(zh[`${base}_other`], key).toBeTypeOf('string');
    }
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
      ...ItemStatus.options.map((s) => `calendar.status.${s}`),
      ...IMPORT_MESSAGES.map((m) => `validation.${m}`),
      ...ImportField.options.map((f) => `calendarTransfer.fields.${f}`),
      ...['tooManyTop', 'tooManySub', 'nameEmpty', 'nameTooLong', 'nameTruncated', 'noAction', 'badUrl', 'emptyReply', 'unknownColumn'].map((c) => `menu.problems.${c}`),
      ...['required', 'tooLong', 'number', 'integer', 'nonNegative', 'tooLarge', 'handleChars', 'pickRole', 'pickWeekday', 'pickMonthDay', 'tooMany'].map((v) => `validation.${v}`),
    ];
    for (const key of needed) expect(zh[key], key).toBeTypeOf('string');
  });
});

describe('translate (the back end and the CLI)', () => {
  it('fills placeholders and picks the English plural by count; Chinese has one form', () => {
    expect(translate('en', 'calendar.moved', { count: 1 })).toBe('Moved 1 item');
    expect(translate('en', 'calendar.moved', { count: 3 })).toBe('Moved 3 items');
    expect(translate('zh-CN', 'calendar.moved', { count: 1 })).toBe('已移动 1 条排期');
    expect(translate('zh-CN', 'validation.import.badDate', { value: '2026-12-32' })).toBe('日期「2026-12-32」无法使用：这一天不存在（如 2月30日），或写法无法识别（可写成 2026-10-01、2026/10/1 或 2026年10月1日）');
  });

  it('says the same as the renderer’s i18next for every key, in both languages', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { 'zh-CN': { translation: messages['zh-CN'] }, en: { translation: messages.en } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
    for (const language of Language.options) {
      const t = i18n.getFixedT(language);
      for (const key of baseKeys) {
        const params = Object.fromEntries(placeholders(zh[key] ?? zh[`${key}_other`]).map((name) => [name, `<${name}>`]));
        for (const count of [1, 2]) {
          const withCount = { ...params, count };
          expect(translate(language, key, withCount), `${language} ${key} ${count}`).toBe(t(key, withCount));
        }
      }
    }
  });

  it('turns an issue into its text, and a message that is no key into the generic one', () => {
    expect(issueText('en', { message: 'validation.tooLong', params: { max: 20 } })).toBe('At most 20 characters');
    expect(issueText('en', { message: 'Invalid option: expected one of "a"|"b"' })).toBe('Invalid value');
    expect(issueText('zh-CN', { message: 'validation.no.such.key' })).toBe('内容无效');
  });
});
