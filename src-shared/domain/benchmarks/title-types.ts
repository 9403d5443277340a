// What kind of article a title announces, for "what reads best" when the article has no column or
// type of its own. A small keyword classifier: the first type whose words the title contains wins,
// in the order below (a 福利 post about a new shop is read for the 福利). Types are Chinese labels,
// the words operators use for them, so they show as they are in both languages.

export const TITLE_TYPES = ['福利/活动', '攻略/指南', '盘点/榜单', '新品', '节日/节气', '探店/门店', '故事/人物', '资讯/通知', '其他'] as const;
export type TitleType = (typeof TITLE_TYPES)[number];

const WORDS: ReadonlyArray<readonly [TitleType, readonly string[]]> = [
  ['福利/活动', ['福利', '抽奖', '免费', '优惠', '打折', '折扣', '折起', '满减', '红包', '领券', '券', '秒杀', '特价', '送', '赢', '抢', '报名', '活动', '会员日', '半价', '0元', '霸王餐', '集赞']],
  ['攻略/指南', ['攻略', '指南', '教程', '怎么', '如何', '必看', '建议收藏', '收藏', '秘籍', '一文', '手册', '干货', '技巧', '步骤', '路线']],
  ['盘点/榜单', ['盘点', '榜单', '排行', 'TOP', 'Top', 'top', '合集', '大全', '清单', '汇总', '年度', '必吃', '必逛']],
  ['新品', ['新品', '上新', '首发', '新店', '开业', '首店', '新开', '登陆', '试营业', '焕新', '限定']],
  [
    '节日/节气',
    [
      '节日',
      '佳节',
      '节气',
      '春节',
      '元宵',
      '清明',
      '端午',
      '中秋',
      '国庆',
      '七夕',
      '圣诞',
      '元旦',
      '跨年',
      '情人节',
      '母亲节',
      '父亲节',
      '儿童节',
      '双十一',
      '双11',
      '立春',
      '立夏',
      '立秋',
      '立冬',
      '冬至',
      '夏至',
      '小寒',
      '大寒',
      '腊八',
      '过年',
      '新年',
    ],
  ],
  ['探店/门店', ['探店', '打卡', '门店', '店铺', '好店', '逛', '商场', '美食', '餐厅', '咖啡', '人均']],
  ['故事/人物', ['故事', '人物', '专访', '采访', '他们', '她们', '那些', '回忆', '青春', '一个人', '匠人', '员工', '店长', '顾客']],
  ['资讯/通知', ['通知', '公告', '提醒', '调整', '营业时间', '闭店', '暂停', '恢复', '须知', '声明', '通告', '停车', '交通', '天气', '预警', '资讯', '快讯']],
];

/** The type a title announces, '其他' when none of the words occur. */
export function titleType(title: string): TitleType {
  for (const [type, words] of WORDS) if (words.some((word) => title.includes(word))) return type;
  return '其他';
}

/** An article's type for grouping: its own kind (栏目/类型) when it has one, else read from the title. */
export function articleType(kind: string, title: string): string {
  return kind.trim() || titleType(title);
}
