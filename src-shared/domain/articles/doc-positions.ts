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
  /** The document position before `text[offset]` (the breaks and tabs the text adds have none: -1). */
  positionAt: (offset: number) => number;
  /** Each run of text carrying one link mark (adjacent text nodes of one href are one link). */
  links: DocLink[];
  images: DocImage[];
}

/** One walk over the document: the text, each code unit's position, the links and the images. */
export function positionedText(doc: DocNode): PositionedText {
  const pieces: string[] = [];
  // Runs of text with consecutive positions: where each starts in the text, and at which position.
  const runOffsets: number[] = [];
  const runPositions: number[] = [];
  let length = 0;
  let lineLength = 0;
  let lines = 0;
  const links: DocLink[] = [];
  const images: DocImage[] = [];
  let pos = 0;

  /** Appends text at a position (-1: none); docText's '\n' between lines goes in before a line's first text. */
  const run = (text: string, at: number) => {
    runOffsets.push(length);
    runPositions.push(at);
    pieces.push(text);
    length += text.length;
  };
  const push = (text: string, at: number) => {
    if (lineLength === 0 && lines > 0) run('\n', -1);
    run(text, at);
    lineLength += text.length;
  };
  const flush = () => {
    if (lineLength > 0) lines += 1;
    lineLength = 0;
  };
  const addLink = (href: string, text: string, from: number) => {
    const last = links.at(-1);
    if (last && last.href === href && last.to === from) {
      last.text += text;
      last.to = from + text.length;
    } else links.push({ href, text, from, to: from + text.length, offset: length - text.length });
  };

  const walk = (node: DocNode, isRoot: boolean) => {
    if (node.type === 'text') {
      const text = node.text ?? '';
      if (text === '') return;
      push(text, pos);
      const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
      if (typeof href === 'string') addLink(href, text, pos);
      pos += text.length;
      return;
    }
    if (node.type === 'hardBreak') push('\n', pos);
    if (node.type === 'image') images.push({ attrs: node.attrs ?? {}, pos, offset: length });
    if ((node.type === 'tableCell' || node.type === 'tableHeader') && lineLength > 0) push('\t', -1);
    if (LEAF_NODES.has(node.type)) pos += 1;
    else {
      if (!isRoot) pos += 1;
      for (const child of node.content ?? []) walk(child, false);
      if (!isRoot) pos += 1;
    }
    if (LINE_BLOCKS.has(node.type)) flush();
  };
  walk(doc, true);
  const positionAt = (offset: number) => {
    const n = lastAtOrBefore(runOffsets, offset);
    const at = runPositions[n] ?? -1;
    return at < 0 ? -1 : at + offset - (runOffsets[n] ?? 0);
  };
  return { text: pieces.join(''), positionAt, links, images };
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
