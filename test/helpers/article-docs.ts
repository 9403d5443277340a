import type { DocMark, DocNode } from '../../src-shared/domain/articles/doc';

// Small builders for article bodies (ProseMirror JSON) and one body holding every node and mark
// of the schema, for the renderers' and exports' tests.

export const text = (value: string, ...marks: DocMark[]): DocNode => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
export const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const heading = (level: number, value: string, textAlign?: string): DocNode => ({ type: 'heading', attrs: { level, ...(textAlign ? { textAlign } : {}) }, content: [text(value)] });
export const link = (href: string): DocMark => ({ type: 'link', attrs: { href } });
/** A body: a doc node (typed as the contract's DocJson wants it). */
export const doc = (...content: DocNode[]): DocNode & { type: 'doc' } => ({ type: 'doc', content });
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string): DocNode => ({ type, content: [para(text(value))] });

/** A 1×1 red PNG. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
export const PNG_DATA_URI = `data:image/png;base64,${PNG_BYTES.toString('base64')}`;

/** Every node type and mark of doc.ts, with two external links (one used twice) and one WeChat link. */
export function everyNodeDoc(imageSrc = 'asset:aa11'): DocNode & { type: 'doc' } {
  return doc(
    heading(1, '一级标题'),
    heading(2, '二级标题', 'center'),
    heading(3, '三级标题'),
    para(
      text('粗体', { type: 'bold' }),
      text('斜体', { type: 'italic' }),
      text('下划线', { type: 'underline' }),
      text('删除线', { type: 'strike' }),
      text('红字', { type: 'textStyle', attrs: { color: '#e03e2d' } }),
      text('高亮', { type: 'highlight' }),
      text('代码', { type: 'code' }),
      { type: 'hardBreak' },
      text('官网', link('https://example.com/a')),
      text('，'),
      text('往期', link('https://mp.weixin.qq.com/s/abc')),
      text('，再看'),
      text('官网', link('https://example.com/a')),
      text('，'),
      text('邮件', link('mailto:hi@example.com')),
    ),
    { type: 'paragraph', attrs: { textAlign: 'right' }, content: [text('靠右')] },
    { type: 'blockquote', content: [para(text('引用的话'))] },
    { type: 'bulletList', content: [item(para(text('无序一')), { type: 'orderedList', content: [item(para(text('嵌套有序')))] }), item(para(text('无序二')))] },
    { type: 'orderedList', attrs: { start: 3 }, content: [item(para(text('第三'))), item(para(text('第四')))] },
    { type: 'horizontalRule' },
    { type: 'image', attrs: { src: imageSrc, alt: '示意图', title: '图一 说明' } },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', '门店'), cell('tableHeader', '客流')] },
        { type: 'tableRow', content: [cell('tableCell', '南京西路'), cell('tableCell', '1,200')] },
      ],
    },
    { type: 'codeBlock', attrs: { language: 'js' }, content: [text('if (a < b) {\n  go();\n}')] },
  );
}
