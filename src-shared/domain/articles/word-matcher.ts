// One pass over the text for every flagged word (Aho–Corasick): a 20,000-character body against
// a few hundred words stays well under a millisecond, where a regex per word would scan it
// hundreds of times. Matching folds ASCII case and full-width forms (ＮＯ．１, １００％), which
// keep the length, so a match's offsets are the original text's.

export interface WordMatch<W> {
  word: W;
  start: number;
  end: number;
}

/** A word ending at a state, its length, its exceptions. */
interface Terminal {
  word: MatcherWord;
  length: number;
  /** Longer words holding it that are not flagged (folded), with the word's offset inside them. */
  exceptions: Array<{ text: string; offset: number }>;
}

interface State {
  next: Map<number, State>;
  fail: State | null;
  /** The longest word ending here. */
  terminal: Terminal | null;
  /** The nearest state along the fail chain that ends a word. */
  outputLink: State | null;
}

/** The code unit as matched: ASCII letters lower-cased, full-width ASCII (FF01–FF5E) as ASCII. */
function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 65 && code <= 90) code += 32;
  return code;
}

function foldText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += String.fromCharCode(fold(text.charCodeAt(i)));
  return folded;
}

export interface MatcherWord {
  word: string;
  except?: readonly string[];
}

const newState = (): State => ({ next: new Map(), fail: null, terminal: null, outputLink: null });

function exceptionsOf(word: string, except: readonly string[] = []): Terminal['exceptions'] {
  const folded = foldText(word);
  return except.flatMap((text) => {
    const holder = foldText(text);
    const offset = holder.indexOf(folded);
    return offset >= 0 ? [{ text: holder, offset }] : [];
  });
}

function build(words: readonly MatcherWord[]): State {
  const root = newState();
  for (const entry of words) {
    const { word, except } = entry;
    if (word === '') continue;
    let state = root;
    for (let i = 0; i < word.length; i++) {
      const code = fold(word.charCodeAt(i));
      let to = state.next.get(code);
      if (!to) {
        to = newState();
        state.next.set(code, to);
      }
      state = to;
    }
    state.terminal ??= { word: entry, length: word.length, exceptions: exceptionsOf(word, except) };
  }
  const queue: State[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as State;
    for (const [code, child] of state.next) {
      let f: State | null = state.fail;
      while (f && !f.next.has(code)) f = f.fail;
      const fail = f?.next.get(code) ?? root;
      child.fail = fail;
      child.outputLink = fail.terminal ? fail : fail.outputLink;
      queue.push(child);
    }
  }
  return root;
}

const automata = new WeakMap<readonly MatcherWord[], State>();

/** Builds the automaton once per word list (the list is the cache key: keep it stable). */
function automatonOf(words: readonly MatcherWord[]): State {
  let root = automata.get(words);
  if (!root) {
    root = build(words);
    automata.set(words, root);
  }
  return root;
}

function isException(terminal: Terminal, text: string, start: number): boolean {
  for (const { text: holder, offset } of terminal.exceptions) {
    const from = start - offset;
    if (from < 0 || from + holder.length > text.length) continue;
    let same = true;
    for (let i = 0; i < holder.length && same; i++) same = fold(text.charCodeAt(from + i)) === holder.charCodeAt(i);
    if (same) return true;
  }
  return false;
}

/**
 * Every occurrence of the words, leftmost first and the longest at a position, not overlapping
 * (最低价 wins over 最低); an occurrence inside one of its word's exceptions is skipped.
 */
export function matchWords<W extends MatcherWord>(words: readonly W[], text: string): Array<WordMatch<W>> {
  const root = automatonOf(words);
  const candidates: Array<WordMatch<W>> = [];
  let state = root;
  for (let i = 0; i < text.length; i++) {
    const code = fold(text.charCodeAt(i));
    let to = state.next.get(code);
    while (!to && state.fail) {
      state = state.fail;
      to = state.next.get(code);
    }
    state = to ?? root;
    for (let s: State | null = state.terminal ? state : state.outputLink; s?.terminal; s = s.outputLink) {
      const start = i + 1 - s.terminal.length;
      if (!isException(s.terminal, text, start)) candidates.push({ word: s.terminal.word as W, start, end: i + 1 });
    }
  }
  candidates.sort((x, y) => x.start - y.start || y.end - x.end);
  const chosen: Array<WordMatch<W>> = [];
  let covered = 0;
  for (const match of candidates) {
    if (match.start < covered) continue;
    chosen.push(match);
    covered = match.end;
  }
  return chosen;
}
