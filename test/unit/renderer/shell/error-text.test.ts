import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../../src-renderer/i18n';
import { errorText, translateIssue } from '../../../../src-renderer/lib/field-errors';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

describe('a failed call in words', () => {
  it('says what a validation failure outside a form is about', () => {
    const failure = { code: 'validation', message: 'Invalid input', issues: [{ path: ['base64'], message: 'validation.import.fileTooLarge', params: { maxMb: 3 } }] };
    expect(errorText(i18n.getFixedT('zh-CN'), failure)).toBe('文件太大，最大 3 MB');
  });

  it('names the kind of failure, adding the back end’s own words only to unexpected ones', () => {
    const t = i18n.getFixedT('en');
    expect(errorText(t, { code: 'conflict', message: 'row changed' })).toBe('The data changed meanwhile; reload and try again');
    expect(errorText(t, { code: 'validation', message: 'Invalid input', issues: [] })).toBe(i18n.getFixedT('en')('errors.validation'));
    expect(errorText(t, { code: 'internal', message: 'disk I/O error' })).toBe('Something went wrong; please try again (disk I/O error)');
    expect(errorText(i18n.getFixedT('zh-CN'), { code: 'internal', message: 'disk I/O error' })).toBe('出错了，请稍后再试（disk I/O error）');
  });

  it('translates every contract key, the menu’s problems included, and only those', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(translateIssue(t, { message: 'menu.problems.badUrl' })).toBe('网址无效，应以 http:// 或 https:// 开头');
    expect(translateIssue(t, { message: 'Invalid option: expected one of "a"|"b"' })).toBe('内容无效');
  });
});
