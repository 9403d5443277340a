import { stripInvisible } from '../../contract/common';
import type { DocMark, DocNode } from './doc';
import { portableImageSrc, safeHref } from './links';

// An article body as Markdown (CommonMark with GFM tables and strike-through), for the Markdown
// export. Links stay links (a Markdown file is read outside WeChat); underline and highlight,
// which Markdown lacks, are written as <u> and <mark>; text colour and alignment are dropped.

export interface MarkdownRenderOptions {
  /** The src to write for an image's stored src; an address no other program can load is left out. */
  resolveImage?: (src: string) => string;
}

/** Characters that would start Markdown syntax inside a line of text. */
function escapeInline(text: string): string {
  return stripInvisible(text).replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** A line that would read as a heading, quote, list item or rule is escaped at its start. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_, space: string, token: string) => `${space}${token.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+-])$/, '\\$1')}`);
}

const MARKS: Partial<Record<DocMark['type'], [string, string]>> = {
  bold: ['**', '**'],
  italic: ['*', '*'],
  strike: ['~~', '~~'],
  underline: ['<u>', '</u>'],
  highlight: ['<mark>', '</mark>'],
};
const MARK_ORDER: readonly string[] = ['bold', 'italic', 'strike', 'underline', 'highlight'];

function textRun(node: DocNode): string {
  const text = node.text ?? '';
  const marks = node.marks ?? [];
  if (marks.some((mark) => mark.type === 'code')) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${stripInvisible(text)}${pad}${fence}`;
  }
  // Emphasis markers must touch the text: keep the run's outer spaces outside them.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (core === '') return text;
  let out = escapeInline(core);
  for (const type of MARK_ORDER) {
    const pair = marks.some((mark) => mark.type === type) ? MARKS[type as DocMark['type']] : undefined;
    if (pair) out = `${pair[0]}${out}${pair[1]}`;
  }
  return lead + out + trail;
}

function linkHref(node: DocNode): string | undefined {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
  return typeof href === 'string' ? href : undefined;
}

class MarkdownRenderer {
  constructor(private readonly options: MarkdownRenderOptions) {}

  inline(nodes: readonly DocNode[] | undefined): string {
    let out = '';
    const list = nodes ?? [];
    for (let i = 0; i < list.length;) {
      const href = linkHref(list[i]!);
      let end = i + 1;
      while (end < list.length && href !== undefined && linkHref(list[end]!) === href) end++;
      const inner = list
        .slice(i, end)
        .map((node) => (node.type === 'hardBreak' ? '\\\n' : node.type === 'text' ? textRun(node) : this.inline(node.content)))
        .join('');
      const safe = href === undefined ? undefined : safeHref(href);
      out += safe ? `[${inner}](<${safe.replace(/[<>]/g, encodeURIComponent)}>)` : inner;
      i = end;
    }
    return out;
  }

  /** Blocks separated by a blank line. */
  blocks(nodes: readonly DocNode[] | undefined): string {
    return (nodes ?? [])
      .map((node) => this.block(node))
      .filter((text) => text !== '')
      .join('\n\n');
  }

  block(node: DocNode): string {
    switch (node.type) {
      case 'paragraph':
        return this.inline(node.content).split('\n').map(escapeLineStart).join('\n');
      case 'heading': {
        const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 1), 6);
        const text = this.inline(node.content).replace(/\\\n/g, ' ');
        return text ? `${'#'.repeat(level)} ${text}` : '';
      }
      case 'blockquote':
        return this.blocks(node.content)
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n');
      case 'bulletList':
      case 'orderedList':
        return this.list(node);
      case 'horizontalRule':
        return '---';
      case 'image':
        return this.image(node);
      case 'table':
        return this.table(node);
      case 'codeBlock':
        return codeBlock(node);
      default:
        return this.blocks(node.content);
    }
  }

  private list(node: DocNode): string {
    const ordered = node.type === 'orderedList';
    const start = ordered ? Math.max(1, Math.floor(Number(node.attrs?.start) || 1)) : 1;
    return (node.content ?? [])
      .map((item, i) => {
        const marker = ordered ? `${start + i}. ` : '- ';
        // A tight item (its text, then nested lists) keeps the list tight.
        const children = item.content ?? [];
        const tight = children.slice(1).every((child) => child.type === 'bulletList' || child.type === 'orderedList');
        const body = tight
          ? children
              .map((child) => this.block(child))
              .filter(Boolean)
              .join('\n')
          : this.blocks(children);
        const indent = ' '.repeat(marker.length);
        return (
          marker +
          body
            .split('\n')
            .map((line, n) => (n === 0 || line === '' ? line : indent + line))
            .join('\n')
        );
      })
      .join('\n');
  }

  private image(node: DocNode): string {
    const stored = typeof node.attrs?.src === 'string' ? node.attrs.src : '';
    const src = portableImageSrc(this.options.resolveImage ? this.options.resolveImage(stored) : stored);
    if (!src) return '';
    const alt = escapeInline(typeof node.attrs?.alt === 'string' ? node.attrs.alt : '');
    const title = typeof node.attrs?.title === 'string' && node.attrs.title ? ` "${node.attrs.title.replace(/"/g, '\\"')}"` : '';
    return `![${alt}](${src}${title})`;
  }

  /** A GFM table: the first row is the header (Markdown tables always have one). */
  private table(node: DocNode): string {
    const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => this.cell(cell)));
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((row) => row.length));
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    return [line(rows[0]!), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
  }

  private cell(cell: DocNode): string {
    return (cell.content ?? [])
      .map((child) => (child.type === 'paragraph' ? this.inline(child.content) : this.block(child)))
      .join('<br>')
      .replace(/\\\n|\n/g, '<br>');
  }
}

function codeBlock(node: DocNode): string {
  const text = stripInvisible((node.content ?? []).map((child) => child.text ?? '').join(''));
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const language = typeof node.attrs?.language === 'string' ? node.attrs.language.replace(/[^\w+#.-]/g, '') : '';
  return `${fence}${language}\n${text}\n${fence}`;
}

/** The body as Markdown, ending with a newline. */
export function renderMarkdown(doc: DocNode, options: MarkdownRenderOptions = {}): string {
  const text = new MarkdownRenderer(options).blocks(doc.content);
  return text ? `${text}\n` : '';
}
