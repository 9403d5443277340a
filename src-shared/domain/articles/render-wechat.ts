import { stripInvisible } from '../../contract/common';
import type { ArticleTheme } from '../../contract/articles';
import { docText, type DocMark, type DocNode } from './doc';
import { escapeHtml, FootnoteList, footnoteLine, isWechatLink, portableImageSrc, safeColor, safeHref, textAlignOf, type Footnote } from './links';
import { PILL_HEADING_LEVEL, WECHAT_THEMES, type WechatTheme } from './wechat-themes';

// 复制到公众号: an article body as the HTML WeChat's editor keeps on paste (docs/ARCHITECTURE.md,
// "Copy to WeChat"): inline styles only, no class, id, <style> or script; lists drawn with their
// own markers (the editor resets list-style) and nested lists placed after their item, as
// doocs-md does; code with &nbsp; and <br> (the editor collapses white space); links outside
// mp.weixin.qq.com turned into numbered footnotes (WeChat drops them on publish); images only
// as data URIs or public http(s) addresses, which the editor uploads (转存).

export interface WechatRenderOptions {
  theme: ArticleTheme;
  /** The src to write for an image's stored src (`asset:<sha256>` → a data URI). */
  resolveImage: (src: string) => string;
  /** External links as numbered footnotes (default); false leaves their text plain. */
  footnotes?: boolean;
}

export interface WechatRender {
  html: string;
  footnotes: Footnote[];
  /** Images left out: no address another program can load (a file:// or 127.0.0.1 one, a missing asset). */
  skippedImages: number;
}

/** An attribute value in double quotes (a style keeps its single-quoted font names as they are). */
function escapeAttr(value: string): string {
  return stripInvisible(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const tag = (name: string, style: string, inner: string) => `<${name} style="${escapeAttr(style)}">${inner}</${name}>`;

class WechatRenderer {
  readonly notes = new FootnoteList();
  skippedImages = 0;

  constructor(
    private readonly theme: WechatTheme,
    private readonly options: WechatRenderOptions,
  ) {}

  blocks(nodes: readonly DocNode[] | undefined, depth = 0): string {
    return (nodes ?? []).map((node) => this.block(node, depth)).join('');
  }

  block(node: DocNode, depth: number): string {
    const t = this.theme;
    switch (node.type) {
      case 'paragraph':
        return tag('p', t.paragraph + alignCss(node), this.inline(node.content) || '<br>');
      case 'heading':
        return this.heading(node);
      case 'blockquote':
        return tag('blockquote', t.blockquote, this.quoteBlocks(node.content));
      case 'bulletList':
      case 'orderedList':
        return this.list(node, depth);
      case 'horizontalRule':
        return `<hr style="${escapeAttr(t.divider)}">`;
      case 'image':
        return this.image(node);
      case 'table':
        return this.table(node);
      case 'codeBlock':
        return tag('section', t.codeBlock, codeHtml(node));
      default:
        // A node the schema does not know keeps its text rather than vanishing.
        return node.content ? this.blocks(node.content, depth) : '';
    }
  }

  private heading(node: DocNode): string {
    const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 1), 6);
    const style = this.theme.headings[Math.min(level, 4) - 1]! + alignCss(node);
    const inner = this.inline(node.content);
    const decorated = level === PILL_HEADING_LEVEL && this.theme.headingInner && inner ? tag('span', this.theme.headingInner, inner) : inner;
    return tag(`h${level}`, style, decorated || '<br>');
  }

  /** A quote's paragraphs lose their outer margin so the box stays tight. */
  private quoteBlocks(nodes: readonly DocNode[] | undefined): string {
    return (nodes ?? []).map((child) => (child.type === 'paragraph' ? tag('p', this.theme.quoteParagraph + alignCss(child), this.inline(child.content) || '<br>') : this.block(child, 0))).join('');
  }

  /** Items carry their own markers; an item's nested list follows it, one step further in. */
  private list(node: DocNode, depth: number): string {
    const ordered = node.type === 'orderedList';
    const start = ordered ? Math.max(1, Math.floor(Number(node.attrs?.start) || 1)) : 1;
    // A nested list sits right under its item: no gap of its own below, and one step further in.
    const indent = depth > 0 ? `margin:0 0 0.4em;padding-left:${1.2 + depth * 1.2}em;` : '';
    const items = (node.content ?? []).map((item, i) => {
      const nested = (item.content ?? []).filter((child) => child.type === 'bulletList' || child.type === 'orderedList');
      const own = (item.content ?? []).filter((child) => !nested.includes(child));
      const marker = tag('span', this.theme.marker, ordered ? `${start + i}.&nbsp;` : depth % 2 === 0 ? '•&nbsp;' : '◦&nbsp;');
      return tag('li', this.theme.listItem, marker + this.itemBody(own)) + nested.map((child) => this.list(child, depth + 1)).join('');
    });
    return tag(ordered ? 'ol' : 'ul', this.theme.list + indent, items.join(''));
  }

  /** An item's paragraphs as lines (a <p> inside <li> gets the editor's paragraph spacing), other blocks as they are. */
  private itemBody(nodes: readonly DocNode[]): string {
    return nodes.map((child, i) => (child.type === 'paragraph' ? (i > 0 ? '<br>' : '') + this.inline(child.content) : this.block(child, 0))).join('');
  }

  private image(node: DocNode): string {
    const stored = typeof node.attrs?.src === 'string' ? node.attrs.src : '';
    const src = stored ? portableImageSrc(this.options.resolveImage(stored)) : undefined;
    if (!src) {
      this.skippedImages++;
      return '';
    }
    const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
    const caption = typeof node.attrs?.title === 'string' ? node.attrs.title.trim() : '';
    const img = `<img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}" style="${escapeAttr(this.theme.image)}">`;
    return tag('section', this.theme.imageBox, img + (caption ? tag('p', this.theme.caption, escapeHtml(caption)) : ''));
  }

  private table(node: DocNode): string {
    const rows = (node.content ?? []).map((row) => {
      const cells = (row.content ?? []).map((cell) => {
        const header = cell.type === 'tableHeader';
        const span = ['colspan', 'rowspan']
          .map((name) => {
            const value = Math.floor(Number(cell.attrs?.[name]) || 1);
            return value > 1 ? ` ${name}="${Math.min(value, 100)}"` : '';
          })
          .join('');
        const style = (header ? this.theme.th : this.theme.td) + alignCss(cell.content?.[0]);
        return `<${header ? 'th' : 'td'}${span} style="${escapeAttr(style)}">${this.itemBody(cell.content ?? []) || '<br>'}</${header ? 'th' : 'td'}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return tag('section', 'max-width:100%;overflow-x:auto;', tag('table', this.theme.table, `<tbody>${rows.join('')}</tbody>`));
  }

  /** Inline content; a run of text under one link mark is one link (one footnote number). */
  inline(nodes: readonly DocNode[] | undefined): string {
    let html = '';
    const list = nodes ?? [];
    for (let i = 0; i < list.length;) {
      const href = linkOf(list[i]!);
      let end = i + 1;
      while (end < list.length && href !== undefined && linkOf(list[end]!) === href) end++;
      const run = list.slice(i, end);
      const inner = run.map((node) => this.leaf(node)).join('');
      html += href === undefined ? inner : this.link(href, inner, run);
      i = end;
    }
    return html;
  }

  private link(rawHref: string, inner: string, run: readonly DocNode[]): string {
    const href = safeHref(rawHref);
    if (!href) return inner;
    if (isWechatLink(href)) return `<a href="${escapeAttr(href)}" style="${escapeAttr(this.theme.link)}">${inner}</a>`;
    if (this.options.footnotes === false) return inner;
    const number = this.notes.numberOf(href, run.map((node) => node.text ?? '').join(''));
    return tag('span', this.theme.link, inner) + tag('sup', this.theme.footnoteMark + this.theme.link.replace(/border-bottom:[^;]*;/, ''), `[${number}]`);
  }

  private leaf(node: DocNode): string {
    if (node.type === 'hardBreak') return '<br>';
    if (node.type !== 'text') return this.inline(node.content);
    let html = escapeHtml(node.text ?? '');
    // Marks in a fixed order, so two runs with the same marks nest alike.
    for (const mark of [...(node.marks ?? [])].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))) html = this.mark(mark, html);
    return html;
  }

  private mark(mark: DocMark, inner: string): string {
    const t = this.theme;
    switch (mark.type) {
      case 'bold':
        return tag('strong', t.strong, inner);
      case 'italic':
        return tag('em', 'font-style:italic;', inner);
      case 'underline':
        return tag('span', 'text-decoration:underline;', inner);
      case 'strike':
        return tag('span', 'text-decoration:line-through;', inner);
      case 'code':
        return tag('code', t.inlineCode, inner);
      case 'textStyle': {
        const color = safeColor(mark.attrs?.color);
        return color ? tag('span', `color:${color};`, inner) : inner;
      }
      case 'highlight': {
        const color = safeColor(mark.attrs?.color);
        return tag('span', color ? `background-color:${color};` : t.highlight, inner);
      }
      default:
        return inner;
    }
  }
}

const MARK_ORDER: readonly string[] = ['code', 'textStyle', 'highlight', 'strike', 'underline', 'italic', 'bold'];

function linkOf(node: DocNode): string | undefined {
  const link = node.marks?.find((mark) => mark.type === 'link');
  return typeof link?.attrs?.href === 'string' ? link.attrs.href : undefined;
}

function alignCss(node: DocNode | undefined): string {
  const align = textAlignOf(node?.attrs);
  return align ? `text-align:${align};` : '';
}

/** Code as lines: spaces as &nbsp; and line breaks as <br>, which the editor keeps. */
function codeHtml(node: DocNode): string {
  const text = (node.content ?? []).map((child) => child.text ?? '').join('');
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeHtml(line.replace(/\t/g, '    ')).replace(/ /g, '&nbsp;'))
    .join('<br>');
}

function referencesHtml(theme: WechatTheme, notes: readonly Footnote[]): string {
  if (notes.length === 0) return '';
  return tag('h4', theme.referencesTitle, '参考资料') + notes.map((note) => tag('p', theme.reference, escapeHtml(footnoteLine(note)))).join('');
}

/** The body as WeChat-ready HTML with its footnotes, and how many images could not travel. */
export function renderWechat(doc: DocNode, options: WechatRenderOptions): WechatRender {
  const theme = WECHAT_THEMES[options.theme] ?? WECHAT_THEMES.default;
  const renderer = new WechatRenderer(theme, options);
  const body = renderer.blocks(doc.content);
  const notes = renderer.notes.notes;
  return { html: tag('section', theme.root, body + referencesHtml(theme, notes)), footnotes: notes, skippedImages: renderer.skippedImages };
}

/** The clipboard's text/plain beside the HTML: the body's lines, then the footnotes. */
export function wechatPlainText(doc: DocNode, footnotes: readonly Footnote[]): string {
  const text = docText(doc);
  return footnotes.length === 0 ? text : `${text}\n\n参考资料\n${footnotes.map(footnoteLine).join('\n')}`;
}

/** The body as the HTML 复制到公众号 puts on the clipboard. */
export function renderWechatHtml(doc: DocNode, options: WechatRenderOptions): string {
  return renderWechat(doc, options).html;
}
