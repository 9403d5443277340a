// Comparing two texts of an article (revisions, or a revision and the body now): lines first,
// then, inside a run of changed lines, the characters, so a one-word fix shows as that word.
// Myers' O((N+M)·D) algorithm (An O(ND) Difference Algorithm and Its Variations, 1986); a run of
// changed lines too different to align character by character (MAX_CHAR_EDITS a run,
// CHAR_EDIT_BUDGET in all) is shown whole, which keeps two unrelated 20,000-character texts fast.

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Beyond this many character edits inside one changed run, the run is shown as removed + added. */
const MAX_CHAR_EDITS = 400;
/** Character edits spent over a whole comparison: two unrelated texts stop aligning characters early. */
const CHAR_EDIT_BUDGET = 4000;

type Op = 'same' | 'added' | 'removed';

/** The shortest edit script from `a` to `b` as one op per element, or null past `maxEdits`. */
function myers<T>(a: readonly T[], b: readonly T[], maxEdits = a.length + b.length): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    // Only diagonals -d..d can be read back at step d: keep that band, not the whole frontier.
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const frontier = trace[d]!;
    const at = (diagonal: number) => frontier[diagonal + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    for (; x > prevX && y > prevY; x--, y--) ops.push('same');
    ops.push(down ? 'added' : 'removed');
    if (down) y--;
    else x--;
  }
  for (; x > 0 && y > 0; x--, y--) ops.push('same');
  return ops.reverse();
}

function push(parts: DiffPart[], kind: Op, text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** A changed run: its characters compared when they align within the edits left, else shown whole. Returns the edits spent. */
function diffRun(parts: DiffPart[], removed: string, added: string, editsLeft: number): number {
  const a = Array.from(removed);
  const b = Array.from(added);
  const maxEdits = Math.min(MAX_CHAR_EDITS, editsLeft);
  const ops = removed && added && maxEdits > 0 ? myers(a, b, maxEdits) : null;
  if (!ops) {
    push(parts, 'removed', removed);
    push(parts, 'added', added);
    return removed && added ? maxEdits : 0;
  }
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'same') {
      push(parts, 'same', a[i++]!);
      j++;
    } else if (op === 'removed') push(parts, 'removed', a[i++]!);
    else push(parts, 'added', b[j++]!);
  }
  return ops.filter((op) => op !== 'same').length;
}

/**
 * The changes from `before` to `after`: the 'same' and 'removed' parts joined give `before`, the
 * 'same' and 'added' parts give `after`. Line breaks belong to the line they end.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  const ops = myers(a, b)!;
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  let removed = '';
  let added = '';
  let editsLeft = CHAR_EDIT_BUDGET;
  const flush = () => {
    editsLeft -= diffRun(parts, removed, added, editsLeft);
    removed = added = '';
  };
  for (const op of ops) {
    if (op === 'same') {
      flush();
      push(parts, 'same', a[i++]!);
      j++;
    } else if (op === 'removed') removed += a[i++]!;
    else added += b[j++]!;
  }
  flush();
  return parts;
}
