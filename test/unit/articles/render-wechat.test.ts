import { describe, expect, it } from 'vitest';
import { renderWechat, renderWechatHtml, wechatPlainText } from '../../../src-shared/domain/articles/render-wechat';
import { doc, everyNodeDoc, link, para, PNG_DATA_URI, text } from '../../helpers/article-docs';

const resolveImage = (src: string) => (src === 'asset:aa11' ? PNG_DATA_URI : src);
const render = (body = everyNodeDoc(), theme: 'default' | 'business' | 'fresh' = 'default') => renderWechat(body, { theme, resolveImage });

/** Each opening tag with its attribute names, so a test can say what attributes appear at all. */
function openingTags(html: string): { name: string; attrs: string[] }[] {
  return [...html.matchAll(/<([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/gi)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: [...m[2]!.matchAll(/\s([a-z-]+)="[^"]*"/gi)].map((a) => a[1]!.toLowerCase()) }));
}

describe('renderWechatHtml', () => {
  it('writes inline styles only: no class, id, <style>, <script>, external font or event handler', () => {
    for (const theme of ['default', 'business', 'fresh'] as const) {
      const { html } = render(everyNodeDoc(), theme);
      expect(html).not.toMatch(/<style|<script|<link|@import|@font-face|url\(/i);
      const attrs = new Set(openingTags(html).flatMap((t) => t.attrs));
      expect([...attrs].sort()).toEqual(['alt', 'href', 'src', 'style']);
    }
  });

  it('renders every node and mark of the schema', () => {
    const { html } = render();
    for (const name of ['h1', 'h2', 'h3', 'p', 'strong', 'em', 'blockquote', 'ul', 'ol', 'li', 'hr', 'img', 'table', 'th', 'td', 'code', 'br', 'a', 'sup']) {
      expect(
        openingTags(html).some((t) => t.name === name),
        name,
      ).toBe(true);
    }
    expect(html).toContain('text-decoration:underline;">下划线');
    expect(html).toContain('text-decoration:line-through;">删除线');
    expect(html).toContain('color:#e03e2d;">红字');
    expect(html).toMatch(/background-color:[^;]+;">高亮/);
    expect(html).toMatch(/<h2 style="[^"]*text-align:center;/);
    expect(html).toMatch(/<p style="[^"]*text-align:right;">靠右/);
    expect(html).toContain('3.&nbsp;</span>第三');
    expect(html).toContain('4.&nbsp;</span>第四');
    expect(html).toContain('图一 说明');
    // Code keeps its indentation and lines through an editor that collapses white space.
    expect(html).toContain('if&nbsp;(a&nbsp;&lt;&nbsp;b)&nbsp;{<br>&nbsp;&nbsp;go();<br>}');
  });

  it('puts a nested list after its item, not inside it', () => {
    const { html } = render();
    expect(html).toMatch(/无序一<\/li><ol style="[^"]*padding-left:[^"]*">.*嵌套有序/);
  });

  it('numbers external links as footnotes, keeps mp.weixin.qq.com links, and lists 参考资料 at the end', () => {
    const { html, footnotes } = render();
    expect(footnotes.map((n) => [n.number, n.href])).toEqual([
      [1, 'https://example.com/a'],
      [2, 'mailto:hi@example.com'],
    ]);
    expect(html).toMatch(/官网<\/span><sup[^>]*>\[1\]<\/sup>/);
    expect(html).toMatch(/再看<span[^>]*>官网<\/span><sup[^>]*>\[1\]<\/sup>/);
    expect(html).toMatch(/邮件<\/span><sup[^>]*>\[2\]<\/sup>/);
    expect(html).toContain('<a href="https://mp.weixin.qq.com/s/abc"');
    expect(html).not.toContain('href="https://example.com');
    const references = html.slice(html.indexOf('参考资料'));
    expect(references).toContain('[1] 官网: https://example.com/a');
    expect(references).toContain('[2] 邮件: hi@example.com');
  });

  it('gives one footnote to a link whose text changes marks midway', () => {
    const body = doc(para(text('一半', link('https://a.cn/x')), text('加粗', link('https://a.cn/x'), { type: 'bold' })));
    const { html, footnotes } = render(body);
    expect(footnotes).toHaveLength(1);
    expect(html.match(/\[1\]/g)).toHaveLength(2); // the mark and the reference line
  });

  it('leaves external links as plain text when footnotes are off', () => {
    const html = renderWechatHtml(everyNodeDoc(), { theme: 'default', resolveImage, footnotes: false });
    expect(html).not.toContain('参考资料');
    expect(html).not.toContain('<sup');
    expect(html).toContain('官网');
  });

  it('escapes text and refuses unsafe links, colours and image addresses', () => {
    const body = doc(
      para(text('<script>alert(1)</script> & "q"')),
      para(text('点我', link('javascript:alert(1)'))),
      para(text('色', { type: 'textStyle', attrs: { color: 'red;background:url(x)' } })),
      { type: 'image', attrs: { src: 'file:///C:/a.png' } },
      { type: 'image', attrs: { src: 'http://127.0.0.1:5173/assets/a.png' } },
      { type: 'image', attrs: { src: 'http://localhost/a.png' } },
      { type: 'image', attrs: { src: 'javascript:alert(1)' } },
      { type: 'image', attrs: { src: 'https://img.example.com/a.png" onerror="x' } },
    );
    const { html, skippedImages, footnotes } = render(body);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
    expect(html).not.toMatch(/javascript:|<script|onerror|url\(|127\.0\.0\.1|localhost|file:/);
    expect(html).toContain('点我');
    expect(footnotes).toHaveLength(0);
    expect(skippedImages).toBe(5);
  });

  it('keeps public https images as they are for WeChat to fetch (转存)', () => {
    const { html, skippedImages } = render(doc({ type: 'image', attrs: { src: 'https://img.example.com/a.png' } }));
    expect(html).toContain('src="https://img.example.com/a.png"');
    expect(skippedImages).toBe(0);
  });

  it('drops control characters and keeps emoji', () => {
    const { html } = render(doc(para(text('a\u0000b\u0007c 😀'))));
    expect(html).toContain('abc 😀');
  });

  it('gives each theme its own headings, quotes, dividers and links', () => {
    const parts = (html: string) => ({
      h2: /<h2 style="([^"]*)"/.exec(html)![1],
      quote: /<blockquote style="([^"]*)"/.exec(html)![1],
      hr: /<hr style="([^"]*)"/.exec(html)![1],
      link: /<a href="[^"]*" style="([^"]*)"/.exec(html)![1],
    });
    const [a, b, c] = (['default', 'business', 'fresh'] as const).map((theme) => parts(render(everyNodeDoc(), theme).html));
    for (const key of ['h2', 'quote', 'hr', 'link'] as const) {
      expect(new Set([a![key], b![key], c![key]]).size, key).toBe(3);
    }
  });

  it('uses the reader font stack and no web font', () => {
    const { html } = render();
    expect(html).toMatch(/^<section style="font-family:-apple-system,[^"]*'PingFang SC'[^"]*'Microsoft YaHei'/);
  });

  it('says the footnotes in the plain text too', () => {
    const { footnotes } = render();
    const plain = wechatPlainText(everyNodeDoc(), footnotes);
    expect(plain).toContain('一级标题');
    expect(plain).toMatch(/参考资料\n\[1\] 官网: https:\/\/example.com\/a\n\[2\] 邮件: hi@example.com$/);
  });
});
