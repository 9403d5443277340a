import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src-shared/domain/articles/render-markdown';
import { doc, everyNodeDoc, link, para, PNG_DATA_URI, text } from '../../helpers/article-docs';

const resolveImage = (src: string) => (src === 'asset:aa11' ? PNG_DATA_URI : src);
const markdownIt = new MarkdownIt({ linkify: false });

describe('renderMarkdown', () => {
  it('writes every node as Markdown that parses back to the same structure', () => {
    const md = renderMarkdown(everyNodeDoc(), { resolveImage });
    expect(md).toContain('# 一级标题\n\n## 二级标题\n\n### 三级标题');
    expect(md).toContain('**粗体***斜体*<u>下划线</u>~~删除线~~红字<mark>高亮</mark>`代码`\\\n[官网](<https://example.com/a>)');
    expect(md).toContain('> 引用的话');
    expect(md).toContain('- 无序一\n  1. 嵌套有序\n- 无序二');
    expect(md).toContain('3. 第三\n4. 第四');
    expect(md).toContain('---');
    expect(md).toContain(`![示意图](${PNG_DATA_URI} "图一 说明")`);
    expect(md).toContain('| 门店 | 客流 |\n| --- | --- |\n| 南京西路 | 1,200 |');
    expect(md).toContain('```js\nif (a < b) {\n  go();\n}\n```');
    const html = markdownIt.render(md);
    for (const tag of ['<h1>', '<h2>', '<h3>', '<strong>', '<em>', '<s>', '<code>', '<blockquote>', '<ul>', '<ol start="3">', '<hr>', '<img', '<table>', '<pre>', '<br>']) expect(html, tag).toContain(tag);
    expect(html).toContain('<a href="https://example.com/a">官网</a>');
  });

  it('escapes text that would read as Markdown', () => {
    const md = renderMarkdown(doc(para(text('# 不是标题 *也不是强调* [链接](x) <b>')), para(text('1. 不是列表')), para(text('- 也不是'))));
    const html = markdownIt.render(md);
    expect(html).not.toMatch(/<h1>|<em>|<a |<b>|<ol>|<ul>/);
    expect(html).toContain('# 不是标题 *也不是强调* [链接](x) &lt;b&gt;');
  });

  it('drops unsafe links and images no other program can load', () => {
    const md = renderMarkdown(doc(para(text('点我', link('javascript:alert(1)'))), { type: 'image', attrs: { src: 'file:///a.png' } }, { type: 'image', attrs: { src: 'asset:missing' } }));
    expect(md).toBe('点我\n');
  });

  it('fences code that itself holds backticks with a longer fence', () => {
    const md = renderMarkdown(doc({ type: 'codeBlock', content: [text('```\nx\n```')] }));
    expect(md).toBe('````\n```\nx\n```\n````\n');
  });
});
