import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccountInput } from '../../../src-shared/contract/accounts';
import { describeCadence } from '../../../src-renderer/features/columns/cadence-text';
import { addSub, addTop, moveAt, removeAt, updateAt } from '../../../src-renderer/features/menus/menu-draft';
import { resources } from '../../../src-renderer/i18n';
import { toFieldErrors, translateIssue } from '../../../src-renderer/lib/field-errors';
import { formatBytes, formatDateTime, formatFollowers } from '../../../src-renderer/lib/format';
import { monthDays, monthTitleKey } from '../../../src-renderer/features/calendar/month';
import { addMonths } from '../../../src-shared/domain/dates';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

describe('cadence in words', () => {
  it('reads like a Chinese schedule', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(describeCadence({ kind: 'weekly', weekdays: [4, 2] }, t)).toBe('每周二、周四');
    expect(describeCadence({ kind: 'daily' }, t)).toBe('每天');
    expect(describeCadence({ kind: 'monthly', days: [15, 1] }, t)).toBe('每月1日、15日');
    expect(describeCadence({ kind: 'irregular' }, t)).toBe('不定期');
  });

  it('reads in English too', () => {
    expect(describeCadence({ kind: 'weekly', weekdays: [2, 4] }, i18n.getFixedT('en'))).toBe('Every Tue, Thu');
  });
});

describe('field errors', () => {
  it('show the contract message under the field, translated with its params', () => {
    const parsed = AccountInput.safeParse({ platform: 'weibo', name: 'x'.repeat(31), purpose: 'brand', followers: 1.5, verified: false, updateFrequency: 'weekly', ownerId: null });
    expect(parsed.success).toBe(false);
    const errors = toFieldErrors(parsed.success ? [] : parsed.error.issues);
    const t = i18n.getFixedT('zh-CN');
    expect(translateIssue(t, errors.name!)).toBe('最多 30 个字');
    expect(translateIssue(t, errors.followers!)).toBe('请输入整数');
  });

  it('drop the patch prefix of update issues', () => {
    expect(Object.keys(toFieldErrors([{ path: ['patch', 'city'], message: 'validation.tooLong', params: { max: 20 } }], 'patch'))).toEqual(['city']);
  });

  it('use a generic text for messages that are not translation keys', () => {
    expect(translateIssue(i18n.getFixedT('en'), { message: 'Invalid option: expected one of …' })).toBe('Invalid value');
  });
});

describe('formats', () => {
  it('writes follower counts the way operators read them', () => {
    expect(formatFollowers(8765, 'zh-CN')).toBe('8,765');
    expect(formatFollowers(12345, 'zh-CN')).toBe('1.2万');
    expect(formatFollowers(30000, 'zh-CN')).toBe('3万');
    expect(formatFollowers(230_000_000, 'zh-CN')).toBe('2.3亿');
    expect(formatFollowers(12345, 'en')).toBe('12.3K');
  });

  it('writes backup sizes in KB and MB', () => {
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(5.5 * 1024 * 1024)).toBe('5.5 MB');
  });

  it('writes a moment as a local date and time with seconds, never 中午12点17分', () => {
    expect(formatDateTime(new Date(2026, 11, 1, 12, 17, 5).toISOString())).toBe('2026-12-01 12:17:05');
    expect(formatDateTime(new Date(2027, 0, 9, 0, 0, 0).toISOString())).toBe('2027-01-09 00:00:00');
  });
});

describe('month grid', () => {
  it('has 6 Monday-first weeks around the month', () => {
    const days = monthDays('2026-10-15');
    expect(days).toHaveLength(42);
    expect(days[0]).toBe('2026-09-28');
    expect(days[3]).toBe('2026-10-01');
    expect(days[41]).toBe('2026-11-08');
    expect(monthDays('2026-06-01')[0]).toBe('2026-06-01');
  });

  it('moves by months, clamping to the first of the month', () => {
    expect(addMonths('2026-10-31', 1)).toBe('2026-11-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01');
    expect(monthTitleKey('2026-10-20')).toBe('2026-10');
  });
});

describe('menu draft', () => {
  it('drops the action of a top item when it gets its first sub-item', () => {
    let items = addTop([], '门店');
    items = updateAt(items, [0], { action: { kind: 'url', url: 'https://example.com' } });
    items = addSub(items, 0, '上海');
    expect(items[0]).toMatchObject({ action: { kind: 'none' }, children: [{ name: '上海' }] });
    expect(removeAt(items, [0, 0])[0]?.children).toEqual([]);
  });

  it('moves items among their siblings and not past the ends', () => {
    let items = addSub(addSub(addTop(addTop([], '会员'), '活动'), 0, '会员卡'), 0, '积分');
    const left = moveAt(items, [1], -1)!;
    expect(left.items.map((i) => i.name)).toEqual(['活动', '会员']);
    expect(left.path).toEqual([0]);
    expect(moveAt(items, [0], -1)).toBeNull();
    items = moveAt(items, [0, 1], -1)!.items;
    expect(items[0]!.children.map((c) => c.name)).toEqual(['积分', '会员卡']);
    expect(moveAt(items, [0, 1], 1)).toBeNull();
  });
});
