import type { DocBlock, DocRun, DocTableRow } from '../../src-shared/contract/doc-model';
import type { DocNode } from '../../src-shared/domain/articles/doc';

// The operator's own text of a section (TipTap JSON, as the editor saves it) as document blocks.
// Its headings sit under the section's: levels 1–2 become 2, the rest 3. Images are left out (a
// plan's note is words; pictures belong to the articles), a quote is a plain paragraph.

const isWebLink = (href: unknown): href is string => typeof href === 'string' && /^https?:\/\//i.test(href);

function runOf(node: DocNode): DocRun {
  const run: DocRun = { text: node.text ?? '' };
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'underline') run.underline = true;
    else if (mark.type === 'link' && isWebLink(mark.attrs?.href)) run.link = mark.attrs.href;
  }
  return run;
}

/** The inline content as lines of runs: a hard break starts a new line. */
function linesOf(node: DocNode): DocRun[][] {
  const lines: DocRun[][] = [[]];
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') lines.push([]);
    else if (child.type === 'text' && child.text) lines[lines.length - 1]!.push(runOf(child));
  }
  return lines.filter((line) => line.length > 0);
}

/** Every text of a node and its descendants as one line of runs (a list item, a table cell). */
function flatRuns(node: DocNode): DocRun[] {
  if (node.type === 'text') return node.text ? [runOf(node)] : [];
  const parts = (node.content ?? []).map(flatRuns).filter((runs) => runs.length > 0);
  return parts.flatMap((runs, i) => (i === 0 ? runs : [{ text: ' ' }, ...runs]));
}

function listItems(list: DocNode): DocRun[][] {
  const items: DocRun[][] = [];
  for (const item of list.content ?? []) {
    const own = (item.content ?? []).filter((child) => child.type !== 'bulletList' && child.type !== 'orderedList');
    const runs = own.flatMap((child, i) => (i === 0 ? flatRuns(child) : [{ text: ' ' }, ...flatRuns(child)]));
    if (runs.length > 0) items.push(runs);
    // A nested list's items follow their parent's in the same list: Word's levels add nothing a boss reads.
    for (const nested of item.content ?? []) if (nested.type === 'bulletList' || nested.type === 'orderedList') items.push(...listItems(nested));
  }
  return items;
}

function tableBlock(node: DocNode): DocBlock[] {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  const width = Math.max(0, ...rows.map((row) => row.content?.length ?? 0));
  if (rows.length === 0 || width === 0) return [];
  const cellsOf = (row: DocNode) => Array.from({ length: width }, (_, i) => (row.content?.[i] ? flatRuns(row.content[i]!) : []));
  const [head, ...body] = rows;
  const titles = cellsOf(head!).map((runs) => runs.map((run) => run.text).join(''));
  const bodyRows: DocTableRow[] = body.map((row) => ({ cells: cellsOf(row) }));
  return [{ kind: 'table', columns: titles.map((title) => ({ title, width: 1 })), rows: bodyRows }];
}

function blocksOf(node: DocNode): DocBlock[] {
  switch (node.type) {
    case 'paragraph':
      return linesOf(node).map((runs) => ({ kind: 'paragraph', runs }));
    case 'heading': {
      const text = flatRuns(node)
        .map((run) => run.text)
        .join('');
      const level = Number(node.attrs?.level ?? 2) <= 2 ? 2 : 3;
      return text.trim() ? [{ kind: 'heading', level, text }] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = listItems(node);
      return items.length ? [{ kind: 'list', ordered: node.type === 'orderedList', items }] : [];
    }
    case 'codeBlock': {
      const text = flatRuns(node)
        .map((run) => run.text)
        .join('');
      return text ? text.split('\n').map((line) => ({ kind: 'paragraph', runs: [{ text: line }] })) : [];
    }
    case 'table':
      return tableBlock(node);
    case 'image':
    case 'horizontalRule':
      return [];
    default:
      // doc, blockquote and whatever else holds blocks: its children in order.
      return (node.content ?? []).flatMap(blocksOf);
  }
}

/** The operator's text as blocks; nothing for an empty note. */
export function richTextBlocks(note: DocNode | null): DocBlock[] {
  return note ? blocksOf(note) : [];
}
