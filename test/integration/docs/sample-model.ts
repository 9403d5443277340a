import type { DocBlock, DocModel, DocTableRow } from '../../../src-shared/contract/doc-model';

// A rich document model: every block kind, Chinese text, a table long enough to span pages, a
// chart with a gap, emoji, control characters and a 2,000-character name.

export const LONG_NAME = '超长名称'.repeat(500);
export const COST_ITEMS = Array.from({ length: 30 }, (_, i) => ({ name: `物料${String(i + 1).padStart(2, '0')}`, amount: 1000 + i * 10 }));
export const COST_TOTAL = COST_ITEMS.reduce((sum, item) => sum + item.amount, 0);
export const SECTION_TITLES = ['一、同业对标分析', '二、账号定位', '三、成本清单', '四、粉丝增长预测'];

const costRows: DocTableRow[] = [
  ...COST_ITEMS.map((item, i) => ({ cells: [[{ text: item.name }], [{ text: i % 3 === 0 ? '重要' : '一般' }], [{ text: item.amount.toLocaleString('en-US') }]] })),
  { kind: 'subtotal', cells: [[{ text: '小计' }], [], [{ text: COST_TOTAL.toLocaleString('en-US') }]] },
  { kind: 'total', cells: [[{ text: '合计' }], [], [{ text: COST_TOTAL.toLocaleString('en-US') }]] },
];

const heading = (i: number): DocBlock => ({ kind: 'heading', level: 1, text: SECTION_TITLES[i]!, anchor: `section-${i + 1}` });

export function sampleModel(locale: DocModel['locale'] = 'zh-CN'): DocModel {
  return {
    locale,
    meta: { title: '2027年第一季度运营方案', author: '张三', subject: '运营方案' },
    cover: { title: '2027年第一季度运营方案', subtitle: '某某科技 · 新媒体运营部', lines: [{ label: '编制单位', value: '某某科技' }, { label: '编制人', value: '张三' }, { label: '日期', value: '2027-01-05' }] },
    header: '某某科技 · 2027年第一季度运营方案',
    blocks: [
      { kind: 'toc', title: '目录' },
      { kind: 'pageBreak' },
      heading(0),
      { kind: 'paragraph', runs: [{ text: '本季度我们对标了三家同业账号，' }, { text: '重点学习', bold: true }, { text: '其内容节奏与', italic: true }, { text: '互动方式', underline: true, color: 'C00000' }, { text: '。详见' }, { text: '官方说明', link: 'https://example.com/guide?a=1&b=2' }, { text: '。' }] },
      { kind: 'heading', level: 2, text: '1.1 同业数据' },
      { kind: 'table', caption: '表1 同业账号数据', columns: [{ title: '账号', width: 3 }, { title: '粉丝数', width: 2, align: 'right' }, { title: 'WCI', width: 1, align: 'right' }], rows: [{ cells: [[{ text: '同业甲 🚀' }], [{ text: '120,000' }], [{ text: '812.5' }]] }, { cells: [[{ text: `控制\u0001字符\u0007与竖线|测试` }], [{ text: '98,000' }], [{ text: '760.1' }]] }, { cells: [[{ text: LONG_NAME }], [{ text: '1' }], [{ text: '0' }]] }] },
      { kind: 'heading', level: 3, text: '1.1.1 学习要点' },
      { kind: 'list', ordered: true, items: [[{ text: '固定每周三推送深度稿' }], [{ text: '评论区', bold: true }, { text: '当日回复' }]] },
      { kind: 'list', ordered: false, items: [[{ text: '短视频与图文联动 😀' }], [{ text: '节日节点提前两周策划' }]] },
      { kind: 'paragraph', style: 'note', runs: [{ text: '注：数据来自工作区录入，截至 2026-12-31。' }] },
      heading(1),
      { kind: 'paragraph', runs: [{ text: '账号定位为行业资讯与服务并重。' }], align: 'left' },
      { kind: 'table', columns: [{ title: '账号类型', width: 1 }, { title: '说明', width: 2 }], rows: [] },
      { kind: 'paragraph', style: 'empty', runs: [{ text: '暂无数据' }] },
      heading(2),
      { kind: 'table', caption: '表2 成本清单', columns: [{ title: '项目', width: 3 }, { title: '重要性', width: 1, align: 'center' }, { title: '金额（元）', width: 2, align: 'right' }], rows: costRows },
      { kind: 'pageBreak' },
      heading(3),
      { kind: 'chart', chart: 'line', title: '粉丝数预测', categories: ['2026Q3', '2026Q4', '2027Q1', '2027Q2'], series: [{ name: '历史', values: [1000, 1500, null, null] }, { name: '预测', values: [null, 1500, 2100, 2800] }], unit: '人' },
      { kind: 'chart', chart: 'bar', title: '季度新增', categories: ['Q1', 'Q2', 'Q3'], series: [{ name: '新增', values: [300, null, 520] }] },
      { kind: 'chart', chart: 'bar', title: '无数据的图', categories: [], series: [] },
    ],
  };
}

export const EMPTY_MODEL: DocModel = { locale: 'zh-CN', meta: { title: '', author: '', subject: '' }, cover: null, header: '', blocks: [] };
