// Hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds, a counter for events in
// the same millisecond (or while the wall clock stands still or jumps back), and the node id as a
// tie-breaker. Encoded so that comparing the strings compares the clocks, which lets SQLite and
// PostgreSQL order them with a plain `>`.

export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 99_999;

export function encodeHlc({ wall, counter, node }: Hlc): string {
  return `${String(wall).padStart(WALL_DIGITS, '0')}:${String(counter).padStart(COUNTER_DIGITS, '0')}:${node}`;
}

export function decodeHlc(text: string): Hlc {
  const [wall, counter, ...node] = text.split(':');
  const parsed = { wall: Number(wall), counter: Number(counter), node: node.join(':') };
  if (!Number.isSafeInteger(parsed.wall) || !Number.isSafeInteger(parsed.counter) || !parsed.node) throw new Error(`not a clock: ${text}`);
  return parsed;
}

export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** Node ids are short and never contain ':' so the encoding stays unambiguous. */
export function isValidNodeId(node: string): boolean {
  return /^[A-Za-z0-9_-]{1,32}$/.test(node);
}

export class HybridClock {
  private last: Hlc;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last?: Hlc,
  ) {
    if (!isValidNodeId(node)) throw new Error(`invalid node id: ${node}`);
    this.last = last ? { ...last, node } : { wall: 0, counter: 0, node };
  }

  /** A new timestamp for a local event; strictly greater than every one this clock gave or saw. */
  tick(): Hlc {
    const wall = Math.max(this.last.wall, this.now());
    this.last = this.bump(wall, wall === this.last.wall ? this.last.counter + 1 : 0);
    return { ...this.last };
  }

  /**
   * Takes in a remote timestamp so later local ones order after it. A remote wall clock ahead of
   * ours (skew) is accepted: we carry its wall time forward with the counter instead of waiting.
   */
  receive(remote: Hlc): Hlc {
    const wall = Math.max(this.last.wall, remote.wall, this.now());
    let counter = 0;
    if (wall === this.last.wall && wall === remote.wall) counter = Math.max(this.last.counter, remote.counter) + 1;
    else if (wall === this.last.wall) counter = this.last.counter + 1;
    else if (wall === remote.wall) counter = remote.counter + 1;
    this.last = this.bump(wall, counter);
    return { ...this.last };
  }

  peek(): Hlc {
    return { ...this.last };
  }

  /** A counter that would overflow its digits borrows a millisecond instead. */
  private bump(wall: number, counter: number): Hlc {
    return counter > MAX_COUNTER ? { wall: wall + 1, counter: 0, node: this.node } : { wall, counter, node: this.node };
  }
}
