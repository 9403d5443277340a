// What a search query means and how a hit shows it: the query's words (split at spaces, each
// looked for as a substring, case folded), and a text cut into highlighted parts. Pure, so the
// back end's search and any view that marks a match agree on what matched.

/** A run of text; `match` marks an occurrence of one of the query's words. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

/** The words of a query: split at whitespace, folded to lower case, duplicates and words inside longer ones dropped, longest first. */
export function searchTerms(query: string): string[] {
  const words = [...new Set(query.toLowerCase().split(/\s+/u).filter(Boolean))].sort((a, b) => charLength(b) - charLength(a));
  return words.filter((word, i) => !words.slice(0, i).some((longer) => longer.includes(word)));
}

/** Unicode characters (code points), as SQLite's trigram tokenizer counts them. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Where the terms occur in `text` (case folded), as non-overlapping [start, end) ranges in order. */
function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  // toLowerCase keeps UTF-16 offsets for the scripts we meet (CJK, Latin); where it would not, no range is marked.
  const folded = text.toLowerCase();
  if (folded.length !== text.length) return [];
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0 && term; at = folded.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** `text` cut into parts, the terms' occurrences marked. */
export function highlight(text: string, terms: readonly string[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** How much text a snippet shows before the first match, and in all. */
const SNIPPET = { before: 24, length: 96 } as const;

/** Never cut a surrogate pair in two (an emoji would show as a broken character). */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * The body around the first occurrence of a term, on one line, with 「…」 where it was cut;
 * empty when no term occurs (a hit by its title only).
 */
export function snippet(text: string, terms: readonly string[]): HighlightPart[] {
  const first = matchRanges(text, terms)[0];
  if (!first) return [];
  const start = safeCut(text, Math.max(0, first[0] - SNIPPET.before));
  const end = safeCut(text, Math.min(text.length, start + SNIPPET.length));
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/gu, ' ')}${end < text.length ? '…' : ''}`;
  return highlight(window, terms);
}
