import { stripInvisible } from '../../contract/common';
// Links and image addresses in an article body, as every export sees them: which hrefs are safe
// to write at all, which stay links in WeChat (only its own pages), and the numbered footnotes
// the others become (参考资料), one number per address in order of first use.

/** An href that may be written out: http(s) or mailto; anything else (javascript:, data:, file:) is not a link. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (!/^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i.test(trimmed)) return undefined;
  return trimmed;
}

/** WeChat articles may link only to mp.weixin.qq.com pages; every other link is dropped on publish. */
export function isWechatLink(href: string): boolean {
  return /^https?:\/\/mp\.weixin\.qq\.com(\/|$|\?)/i.test(href);
}

/** What a footnote shows: the address, and the linked text when it says something else. */
export interface Footnote {
  number: number;
  href: string;
  text: string;
}

/** Numbers external links in order of first use; a repeated address keeps its number. */
export class FootnoteList {
  readonly notes: Footnote[] = [];

  numberOf(href: string, text: string): number {
    const known = this.notes.find((note) => note.href === href);
    if (known) return known.number;
    const note = { number: this.notes.length + 1, href, text: text.trim() };
    this.notes.push(note);
    return note.number;
  }
}

/** The line a footnote reads as in plain text and Markdown: `[1] 文字: https://…`. */
export function footnoteLine(note: Footnote): string {
  const address = note.href.replace(/^mailto:/i, '');
  return note.text && note.text !== address ? `[${note.number}] ${note.text}: ${address}` : `[${note.number}] ${address}`;
}

const IMAGE_DATA = /^data:image\/(png|jpeg|gif|webp|bmp);base64,[A-Za-z0-9+/]+=*$/;
const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;

/**
 * An image address another program can load: a base64 data URI of a raster image, or an http(s)
 * address that is not this machine. WeChat's editor uploads data URIs and fetches http(s) images
 * from its own servers (转存), so file://, blob: and 127.0.0.1 addresses can never work there.
 */
export function portableImageSrc(src: unknown): string | undefined {
  if (typeof src !== 'string') return undefined;
  if (IMAGE_DATA.test(src)) return src;
  const match = /^https?:\/\/([^/?#\s"<>]+)[^\s"<>]*$/i.exec(src);
  if (!match) return undefined;
  const host = match[1]!.replace(/^[^@]*@/, '').replace(/:\d+$/, '');
  return LOOPBACK_HOST.test(host) ? undefined : src;
}

/** A CSS colour as the editor writes them (#hex, rgb(a), hsl(a), a name); anything else is dropped. */
export function safeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const colour = value.trim();
  return /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([\d\s.,%/]+\)|[a-z]{3,20})$/i.test(colour) ? colour : undefined;
}

/** Alignment from TipTap's TextAlign attribute; 'left' is the default and writes nothing. */
export function textAlignOf(attrs: Record<string, unknown> | undefined): 'center' | 'right' | 'justify' | undefined {
  const align = attrs?.textAlign;
  return align === 'center' || align === 'right' || align === 'justify' ? align : undefined;
}

/** Text as every HTML export writes it: without control characters, with &, <, >, " and ' escaped. */
export function escapeHtml(text: string): string {
  return stripInvisible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
