import { describe, expect, it } from 'vitest';
import { composePlan } from '../../../src-docs/plan/compose-plan';
import { chineseNumeral } from '../../../src-docs/plan/format';
import { DocModel } from '../../../src-shared/contract/doc-model';
import type { DocNode } from '../../../src-shared/domain/articles/doc';
import { parsePlanPeriod } from '../../../src-shared/domain/plans/plan-sections';
import { anInput, headings, sectionOf, textOf } from './plan-compose-fixtures';

describe('the plan document: cover, title, header and numbering', () => {
  it('has a cover with the company, the author, the date in Chinese and the period, and the default title', () => {
    const model = composePlan(anInput());
    expect(model.cover).toEqual({
      // The period stands under the title rather than in brackets after it (which broke mid-period).
      title: '悦汇华东新媒体运营方案',
      subtitle: '2027年第一季度',
      lines: [
        { label: '编制单位', value: '悦汇商业管理有限公司华东分公司' },
        { label: '编制人', value: '周婷' },
        { label: '编制日期', value: '2026年12月2日' },
      ],
    });
    expect(model.header).toBe('悦汇华东新媒体运营方案（2027年第一季度）');
    expect(model.meta).toEqual({ title: '悦汇华东新媒体运营方案（2027年第一季度）', author: '周婷', subject: '新媒体运营方案' });
    expect(DocModel.safeParse(model).success).toBe(true);
  });

  it('says each kind of period as a Chinese reader writes it, and in English', () => {
    const title = (period: string, locale: 'zh-CN' | 'en' = 'zh-CN') => composePlan(anInput({ locale, period: parsePlanPeriod(period)! })).meta.title;
    expect(title('2027Q4')).toBe('悦汇华东新媒体运营方案（2027年第四季度）');
    expect(title('2027H1')).toBe('悦汇华东新媒体运营方案（2027年上半年）');
    expect(title('2027H2')).toBe('悦汇华东新媒体运营方案（2027年下半年）');
    expect(title('2027-01-15..2027-03-20')).toBe('悦汇华东新媒体运营方案（2027年1月15日至2027年3月20日）');
    expect(title('2027Q2', 'en')).toBe('悦汇华东 new-media marketing plan (Q2 2027)');
    expect(title('2027H2', 'en')).toBe('悦汇华东 new-media marketing plan (H2 2027)');
    expect(title('2027-01-15..2027-03-20', 'en')).toBe('悦汇华东 new-media marketing plan (15 January 2027 to 20 March 2027)');
    expect(composePlan(anInput({ locale: 'en' })).cover!.lines.find((l) => l.label === 'Date')!.value).toBe('2 December 2026');
  });

  it("takes the company's full name without a short one, leaves 编制人 out when empty and keeps the operator's title", () => {
    const noShort = composePlan(anInput({ company: { name: '悦汇商业管理有限公司', shortName: '' }, author: '  ' }));
    expect(noShort.cover!.title).toBe('悦汇商业管理有限公司新媒体运营方案');
    expect(noShort.meta.title).toBe('悦汇商业管理有限公司新媒体运营方案（2027年第一季度）');
    expect(noShort.cover!.lines.map((l) => l.label)).toEqual(['编制单位', '编制日期']);
    const own = composePlan(anInput({ title: '2027年一季度公众号工作计划' }));
    expect(own.cover!.title).toBe('2027年一季度公众号工作计划');
    // The running header names the company when the title does not.
    expect(own.header).toBe('悦汇华东 · 2027年一季度公众号工作计划');
  });

  it('says 本公司 where a workspace has no company name yet, and leaves 编制单位 off the cover', () => {
    const unnamed = composePlan(anInput({ company: { name: ' ', shortName: '' } }));
    expect(unnamed.meta.title).toBe('本公司新媒体运营方案（2027年第一季度）');
    expect(unnamed.cover!.lines.map((l) => l.label)).not.toContain('编制单位');
    expect(unnamed.blocks.some((b) => b.kind === 'heading' && b.text === '二、公众号能为本公司带来的价值')).toBe(true);
  });

  it('numbers the shown sections in Chinese style, in the order given, with the short name in section 2, after the contents', () => {
    const model = composePlan(anInput());
    expect(model.blocks.slice(0, 2)).toEqual([{ kind: 'toc', title: '目录' }, { kind: 'pageBreak' }]);
    expect(headings(model)).toEqual(['一、竞品分析', '二、公众号能为悦汇华东带来的价值', '三、活动', '四、客户最关心的问题', '五、账号运营规划', '六、人员分工', '七、发展规划']);
    const quick = composePlan(anInput({ sections: [{ key: 'value', note: null }, { key: 'competitors', note: null }, { key: 'growth', note: null }] }));
    expect(headings(quick)).toEqual(['一、公众号能为悦汇华东带来的价值', '二、竞品分析', '三、发展规划']);
    const english = composePlan(anInput({ locale: 'en', sections: [{ key: 'competitors', note: null }, { key: 'value', note: null }] }));
    expect(headings(english)).toEqual(['1. Competitor analysis', '2. What the official account brings 悦汇华东']);
    expect(english.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { anchor?: string }).anchor)).toEqual(['section-competitors', 'section-value']);
    expect([1, 7, 10, 12, 20, 21].map(chineseNumeral)).toEqual(['一', '七', '十', '十二', '二十', '二十一']);
  });

  it('says 暂无数据 in a section with neither figures nor text', () => {
    const model = composePlan(anInput({ sections: [{ key: 'concerns', note: null }] }));
    expect(sectionOf(model, '客户最关心的问题')).toEqual([{ kind: 'paragraph', runs: [{ text: '暂无数据' }], style: 'empty' }]);
    expect(textOf(sectionOf(composePlan(anInput({ locale: 'en', sections: [{ key: 'concerns', note: null }] })), 'What customers')[0]!)).toBe('No data yet');
  });
});

const note: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '本季度重点' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '先把' },
        { type: 'text', text: '会员日', marks: [{ type: 'bold' }] },
        { type: 'text', text: '做稳，', marks: [{ type: 'italic' }, { type: 'underline' }] },
        { type: 'text', text: '参考', marks: [{ type: 'link', attrs: { href: 'https://mp.weixin.qq.com/s/abc' } }] },
        { type: 'hardBreak' },
        { type: 'text', text: '第二行', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
      ],
    },
    { type: 'paragraph' },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '分工' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '周婷写稿' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: '刘芳设计' }] },
            { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '海报' }] }] }] },
          ],
        },
      ],
    },
    { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '第一步' }] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '老板说：先做会员。' }] }] },
    { type: 'image', attrs: { src: 'asset://x.png' } },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: '月份' }] }] }, { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: '目标' }] }] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '1月' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '+2000', marks: [{ type: 'bold' }] }] }] }] },
      ],
    },
  ],
};

describe("the operator's own text in a section", () => {
  it('follows the figures under no heading of its own: headings at levels 2–3, marks, lists, quotes as paragraphs, tables; images left out', () => {
    const model = composePlan(anInput({ sections: [{ key: 'concerns', note }] }));
    expect(sectionOf(model, '客户最关心的问题')).toEqual([
      { kind: 'heading', level: 2, text: '本季度重点' },
      {
        kind: 'paragraph',
        runs: [{ text: '先把' }, { text: '会员日', bold: true }, { text: '做稳，', italic: true, underline: true }, { text: '参考', link: 'https://mp.weixin.qq.com/s/abc' }],
      },
      // A hard break starts a new paragraph; a link that is not a web address stays plain text.
      { kind: 'paragraph', runs: [{ text: '第二行' }] },
      { kind: 'heading', level: 3, text: '分工' },
      { kind: 'list', ordered: false, items: [[{ text: '周婷写稿' }], [{ text: '刘芳设计' }], [{ text: '海报' }]] },
      { kind: 'list', ordered: true, items: [[{ text: '第一步' }]] },
      { kind: 'paragraph', runs: [{ text: '老板说：先做会员。' }] },
      { kind: 'table', columns: [{ title: '月份', width: 1 }, { title: '目标', width: 1 }], rows: [{ cells: [[{ text: '1月' }], [{ text: '+2000', bold: true }]] }] },
    ]);
  });

  it('replaces 暂无数据 when the figures are empty, and an empty note leaves 暂无数据', () => {
    const facts = { concerns: { top: [], open: 0, counts: [] } };
    const withText = composePlan(anInput({ facts, sections: [{ key: 'concerns', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '本季度重点回应停车问题。' }] }] } }] }));
    expect(sectionOf(withText, '客户最关心的问题').map(textOf)).toEqual(['本季度重点回应停车问题。']);
    const emptyNote = composePlan(anInput({ facts, sections: [{ key: 'concerns', note: { type: 'doc', content: [{ type: 'paragraph' }] } }] }));
    expect(sectionOf(emptyNote, '客户最关心的问题').map(textOf)).toEqual(['暂无数据']);
    // After figures the operator's text has a heading of its own, not the last table's.
    const top = [{ topic: '停车收费', category: 'price' as const, frequency: 12, status: 'new' as const, notes: '', answeredBy: [] }];
    const withFigures = composePlan(anInput({ facts: { concerns: { top, open: 1, counts: [] } }, sections: [{ key: 'concerns', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '本季度重点回应停车问题。' }] }] } }] }));
    expect(sectionOf(withFigures, '客户最关心的问题').map(textOf).slice(-2)).toEqual(['分析与安排', '本季度重点回应停车问题。']);
  });

  it('passes control characters, emoji and 2,000-character text through as text (the writers clean what XML cannot hold)', () => {
    const long = '长'.repeat(2000);
    const odd = `控制\u0001字符\u0007🎉👨‍👩‍👧`;
    const model = composePlan(
      anInput({
        title: odd,
        author: long,
        company: { name: long, shortName: '' },
        sections: [{ key: 'value', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: odd + long }] }] } }],
      }),
    );
    expect(model.cover!.title).toBe(odd);
    expect(model.cover!.lines[0]!.value).toBe(long);
    expect(headings(model)[0]).toBe(`一、公众号能为${long}带来的价值`);
    expect(sectionOf(model, '带来的价值').map(textOf)).toEqual([odd + long]);
    expect(DocModel.safeParse(model).success).toBe(true);
  });
});
