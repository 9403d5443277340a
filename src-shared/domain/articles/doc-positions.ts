import type { DocNode } from './doc';

// The body's text as `docText` gives it, with the ProseMirror position of every code unit, so a
// match in the text becomes an editor selection. ProseMirror counts inside the doc: entering a
// non-leaf node is 1, leaving it 1, a text node its UTF-16 length, a leaf node (image,
// horizontalRule, hardBreak) 1.

const LEAF_NODES = new Set(['image', 'horizontalRule', 'hardBreak']);
const LINE_BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'codeBlock', 'horizontalRule', 'image']);

export interface DocLink {
  href: string;
  text: string;
  from: number;
  to: number;
  /** Offset of the link's first character in `text`. */
  offset: number;
}

export interface DocImage {
  attrs: Record<string, unknown>;
  /** Position before the image node (its size is 1). */
  pos: number;
  /** Offset in `text` of the line the image ends. */
  offset: number;
}

export interface PositionedText {
  /** Equal to `docText(doc)`. */
  text: string;
  /** `positions[i]` is the document position before `text[i]`; -1 for the line breaks and tabs the text adds. */
  positions: Int32Array;
  /** Each run of text carrying one link mark (adjacent text nodes of one href are one link). */
  links: DocLink[];
  images: DocImage[];
}

/** One walk over the document: the text, each code unit's position, the links and the images. */
export function positionedText(doc: DocNode): PositionedText {
  const parts: string[] = [];
  const partPositions: number[] = [];
  let length = 0;
  const lines: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  const links: DocLink[] = [];
  const images: DocImage[] = [];
  let pos = 0;

  const push = (text: string, at: number) => {
    parts.push(text);
    partPositions.push(at);
    length += text.length;
  };
  const flush = () => {
    if (length > lineStart) lines.push({ start: lineStart, end: length });
    lineStart = length;
  };
  const addLink = (href: string, text: string, from: number, offset: number) => {
    const last = links.at(-1);
    if (last && last.href === href && last.to === from) {
      last.text += text;
      last.to = from + text.length;
    } else links.push({ href, text, from, to: from + text.length, offset });
  };

  const walk = (node: DocNode, isRoot: boolean) => {
    if (node.type === 'text') {
      const text = node.text ?? '';
      const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
      if (typeof href === 'string' && text) addLink(href, text, pos, length);
      push(text, pos);
      pos += text.length;
      return;
    }
    if (node.type === 'hardBreak') push('\n', pos);
    if (node.type === 'image') images.push({ attrs: node.attrs ?? {}, pos, offset: length });
    if ((node.type === 'tableCell' || node.type === 'tableHeader') && length > lineStart) push('\t', -1);
    if (LEAF_NODES.has(node.type)) pos += 1;
    else {
      if (!isRoot) pos += 1;
      for (const child of node.content ?? []) walk(child, false);
      if (!isRoot) pos += 1;
    }
    if (LINE_BLOCKS.has(node.type)) flush();
  };
  walk(doc, true);
  flush();
  return assemble(parts, partPositions, lines, links, images);
}

/** Joins the lines with '\n' (the added breaks have no position) and spreads each part's position over its code units. */
function assemble(parts: string[], partPositions: number[], lines: Array<{ start: number; end: number }>, links: DocLink[], images: DocImage[]): PositionedText {
  const flat = parts.join('');
  const flatPositions = new Int32Array(flat.length);
  let at = 0;
  parts.forEach((part, i) => {
    const first = partPositions[i] ?? -1;
    for (let k = 0; k < part.length; k++) flatPositions[at + k] = first < 0 ? -1 : first + k;
    at += part.length;
  });
  const text = lines.map((line) => flat.slice(line.start, line.end)).join('\n');
  const positions = new Int32Array(text.length).fill(-1);
  const outStarts: number[] = [];
  let out = 0;
  lines.forEach((line, n) => {
    if (n > 0) out += 1;
    outStarts.push(out);
    positions.set(flatPositions.subarray(line.start, line.end), out);
    out += line.end - line.start;
  });
  const lineStarts = lines.map((line) => line.start);
  const offsetIn = (flatOffset: number) => {
    const n = lastAtOrBefore(lineStarts, flatOffset);
    return n < 0 ? flatOffset : flatOffset - (lineStarts[n] ?? 0) + (outStarts[n] ?? 0);
  };
  for (const link of links) link.offset = offsetIn(link.offset);
  for (const image of images) image.offset = offsetIn(image.offset);
  return { text, positions, links, images };
}

/** Index of the last value ≤ `value` in an ascending array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The offsets where each line of a text starts, for `lineOf`. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset, given `lineStartsOf(text)`. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  return lastAtOrBefore(lineStarts, offset) + 1;
}
