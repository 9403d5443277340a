import { describe, expect, it } from 'vitest';
import { articleType, titleType, TITLE_TYPES } from '../../../../src-shared/domain/benchmarks/title-types';

describe('the type a title announces', () => {
  it.each([
    ['周末福利｜满200减50，限时三天', '福利/活动'],
    ['会员日抽奖，iPhone 等你来拿', '福利/活动'],
    ['亲子出游攻略：苏州这 5 个地方值得去', '攻略/指南'],
    ['2026 年度盘点：苏州必逛商场 TOP10', '盘点/榜单'],
    ['首店来了！喜茶新品今日上新', '新品'],
    ['中秋佳节 | 月饼礼盒怎么选', '攻略/指南'],
    ['冬至到，一起吃饺子', '节日/节气'],
    ['探店｜藏在 B1 的宝藏咖啡馆', '探店/门店'],
    ['专访：做了 20 年面点的店长', '故事/人物'],
    ['关于国庆期间营业时间调整的通知', '节日/节气'],
    ['台风预警：明日营业时间调整', '资讯/通知'],
    ['你好，十一月', '其他'],
  ])('reads 「%s」 as %s', (title, type) => {
    expect(titleType(title)).toBe(type);
  });

  it('only ever answers one of the listed types', () => {
    for (const title of ['', 'a', '!!!', '福利攻略盘点新品']) expect(TITLE_TYPES).toContain(titleType(title));
  });

  it('prefers the article’s own kind (栏目) to the title', () => {
    expect(articleType('会员专栏', '周末福利')).toBe('会员专栏');
    expect(articleType('  ', '周末福利')).toBe('福利/活动');
  });
});
