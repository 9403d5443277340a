import { describe, expect, it } from 'vitest';
import { appearancesPerMonth } from '../../../src-shared/domain/columns/cadence';
import { checkMenu, type MenuNode } from '../../../src-shared/domain/menus/menu-rules';
import { checkAccountName, unknownPlaceholders } from '../../../src-shared/domain/accounts/naming';

const values = { brand: '悦汇', shortName: '华东', city: '上海', businessLine: '购物中心' };

describe('naming template', () => {
  it('accepts a name that follows the template, whatever separator dot was typed', () => {
    expect(checkAccountName('悦汇·上海购物中心', '{品牌}·{城市}{业态}', values).status).toBe('follows');
    expect(checkAccountName('悦汇•上海 购物中心', '{品牌}·{城市}{业态}', values).status).toBe('follows');
    expect(checkAccountName('Yuehui·上海购物中心', '{brand}·{city}{business}', { ...values, brand: 'yuehui' }).status).toBe('follows');
  });

  it('says what the name should be when it differs, and what is missing when it cannot tell', () => {
    expect(checkAccountName('上海悦汇', '{品牌}·{城市}{业态}', values)).toEqual({ status: 'differs', expected: '悦汇·上海购物中心' });
    expect(checkAccountName('悦汇', '{品牌}·{城市}{业态}', { ...values, city: '' })).toEqual({ status: 'incomplete', missing: ['城市'] });
    expect(checkAccountName('悦汇', '', values)).toEqual({ status: 'noTemplate' });
  });

  it('lists placeholders it does not know', () => {
    expect(unknownPlaceholders('{品牌}·{地区}')).toEqual(['地区']);
  });
});

describe('custom menu limits', () => {
  const reply = { kind: 'reply' as const, text: '你好' };
  const item = (name: string, children: MenuNode[] = []): MenuNode => ({ name, action: reply, children });

  it('finds no problem in a full 3 × 5 menu', () => {
    const menu = [1, 2, 3].map((i) =>
      item(
        `菜单${i}`,
        [1, 2, 3, 4, 5].map((j) => item(`子菜单${j}`)),
      ),
    );
    expect(checkMenu(menu, new Set())).toEqual([]);
  });

  it('warns when a name will be cut off and refuses one WeChat rejects', () => {
    const problems = checkMenu([item('会员中心区'), item('活动', [item('一二三四五六七八九十一二三四五六七八九十一')])], new Set());
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['nameTruncated', 'warning'],
      ['nameTooLong', 'error'],
    ]);
  });

  it('needs an action on leaf items and a known column', () => {
    const problems = checkMenu(
      [
        { name: '空', action: { kind: 'none' }, children: [] },
        { name: '栏目', action: { kind: 'column', columnId: 'gone' }, children: [] },
        { name: '网页', action: { kind: 'url', url: 'javascript:alert(1)' }, children: [] },
      ],
      new Set(),
    );
    expect(problems.map((p) => p.code)).toEqual(['noAction', 'unknownColumn', 'badUrl']);
  });
});

describe('column cadence', () => {
  it('estimates appearances per month', () => {
    expect(appearancesPerMonth({ kind: 'weekly', weekdays: [2, 4] })).toBeCloseTo(8.57, 1);
    expect(appearancesPerMonth({ kind: 'daily' })).toBe(30);
  });
});
