import type { DocMark, DocNode } from './doc';
import { escapeHtml, safeHref } from './links';

// The body as plain semantic HTML (no theme, no inline styles): what search previews and the
// exports that style it themselves read from `article_bodies.html`. The WeChat renderer, with its
// themes and inline styles, is another function over the same DocNode.

const BLOCKS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  table: 'table',
  tableRow: 'tr',
  tableHeader: 'th',
  tableCell: 'td',
};

const MARKS: Partial<Record<DocMark['type'], string>> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's', code: 'code', highlight: 'mark' };

function attr(name: string, value: unknown): string {
  return value === null || value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}

function textHtml(node: DocNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    const tag = MARKS[mark.type];
    if (tag) html = `<${tag}>${html}</${tag}>`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) html = `<a${attr('href', href)}>${html}</a>`;
    }
  }
  return html;
}

function nodeHtml(node: DocNode): string {
  const inner = () => (node.content ?? []).map(nodeHtml).join('');
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text':
      return textHtml(node);
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attrs.level) || 1));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'image':
      return `<img${attr('src', attrs.src)}${attr('alt', attrs.alt)}>`;
    case 'codeBlock':
      return `<pre><code>${inner()}</code></pre>`;
    case 'orderedList':
      return `<ol${Number(attrs.start) > 1 ? attr('start', attrs.start) : ''}>${inner()}</ol>`;
    case 'tableHeader':
    case 'tableCell': {
      const tag = BLOCKS[node.type]!;
      const span = (name: string) => (Number(attrs[name]) > 1 ? attr(name, attrs[name]) : '');
      return `<${tag}${span('colspan')}${span('rowspan')}>${inner()}</${tag}>`;
    }
    default: {
      const tag = BLOCKS[node.type];
      return tag ? `<${tag}>${inner()}</${tag}>` : inner();
    }
  }
}

/** The document as plain semantic HTML. */
export function docToPlainHtml(doc: DocNode): string {
  return (doc.content ?? []).map(nodeHtml).join('');
}
