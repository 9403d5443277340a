import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../src-shared/contract/doc-model';
import { writeMarkdown } from '../../../src-docs/markdown/write-markdown';
import { COST_TOTAL, EMPTY_MODEL, LONG_NAME, SECTION_TITLES, sampleModel } from '../../integration/docs/sample-model';

// The Markdown writer: what a reader of the .md (GitHub, an editor's preview, pandoc) sees.

const markdown = writeMarkdown(sampleModel());
const lines = markdown.split('\n');

function model(blocks: DocModel['blocks'], locale: DocModel['locale'] = 'zh-CN'): DocModel {
  return { locale, meta: { title: '', author: '', subject: '' }, cover: null, header: '', blocks };
}

describe('writeMarkdown', () => {
  it('writes the cover as the title block and the sections one level under it', () => {
    expect(lines[0]).toBe('# 2027年第一季度运营方案');
    expect(markdown).toContain('- 编制人：张三');
    for (const title of SECTION_TITLES) expect(lines).toContain(`## ${title}`);
    expect(lines).toContain('### 1.1 同业数据');
    expect(lines).toContain('#### 1.1.1 学习要点');
  });

  it('writes the contents as links to the headings’ GitHub ids', () => {
    expect(markdown).toContain('**目录**\n\n- [一、同业对标分析](#一同业对标分析)\n- [二、账号定位](#二账号定位)');
  });

  it('writes bold, italic and links, and drops control characters but keeps emoji', () => {
    expect(markdown).toContain('**重点学习***其内容节奏与*互动方式。详见[官方说明](https://example.com/guide?a=1&b=2)。');
    expect(markdown).toContain('同业甲 🚀');
    // eslint-disable-next-line no-control-regex
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('writes tables as pipe tables with aligned columns, escaped pipes and bold totals', () => {
    expect(markdown).toContain('| 账号 | 粉丝数 | WCI |\n| --- | ---: | ---: |');
    expect(markdown).toContain('| 控制字符与竖线\\|测试 | 98,000 | 760.1 |');
    expect(markdown).toContain(`| ${LONG_NAME} | 1 | 0 |`);
    expect(markdown).toContain(`| **合计** |   | **${COST_TOTAL.toLocaleString('en-US')}** |`);
    expect(markdown).toContain('| 账号类型 | 说明 |\n| --- | --- |\n| 暂无数据 |   |');
  });

  it('keeps a line break inside a cell in its row', () => {
    const text = writeMarkdown(model([{ kind: 'table', columns: [{ title: 'a|b', width: 1 }], rows: [{ cells: [[{ text: '第一行\n第二行' }]] }] }]));
    expect(text).toBe('| a\\|b |\n| --- |\n| 第一行<br>第二行 |\n');
  });

  it('writes a chart as its title with the unit and the table of its values, gaps blank', () => {
    expect(markdown).toContain('**粉丝数预测（人）**\n\n|   | 历史 | 预测 |\n| :--- | ---: | ---: |\n| 2026Q3 | 1000 |   |\n| 2026Q4 | 1500 | 1500 |');
    expect(markdown).toContain('**无数据的图**\n\n暂无数据');
    const en = writeMarkdown(model([{ kind: 'chart', chart: 'bar', title: 'Followers', categories: ['Q1'], series: [{ name: 'New', values: [3] }], unit: 'people' }], 'en'));
    expect(en).toContain('**Followers (people)**');
  });

  it('escapes text that Markdown would read as markup', () => {
    const text = writeMarkdown(
      model([
        { kind: 'heading', level: 1, text: '1. 竞品分析' },
        { kind: 'paragraph', runs: [{ text: '# 不是标题 *也不是强调* [链接](x) <b>' }] },
        { kind: 'list', ordered: false, items: [[{ text: '1. 不是编号' }]] },
      ]),
    );
    expect(text).toBe('# 1. 竞品分析\n\n\\# 不是标题 \\*也不是强调\\* \\[链接\\](x) \\<b\\>\n\n- 1\\. 不是编号\n');
  });

  it('writes nothing for page breaks, the same text every time, and an empty text for an empty model', () => {
    expect(markdown).not.toContain('pageBreak');
    expect(writeMarkdown(sampleModel())).toBe(markdown);
    expect(writeMarkdown(EMPTY_MODEL)).toBe('');
  });
});
