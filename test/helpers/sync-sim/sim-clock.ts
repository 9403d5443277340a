import type { SeededRandom } from './random';

// Simulated time. The world advances one shared time; each replica reads it through its own wall
// clock, set off by a skew of up to ±1 h and now and then jumping back (a laptop whose clock is
// corrected, or set back by hand) until it is put right again.

const HOUR_MS = 60 * 60 * 1000;

export class SimTime {
  /** Simulated "now" (ms since the epoch); starts at a fixed instant so runs replay exactly. */
  now = Date.UTC(2026, 11, 2, 9, 0, 0);

  advance(ms: number): void {
    this.now += ms;
  }
}

export class SkewedWallClock {
  private offset: number;

  constructor(
    private readonly time: SimTime,
    /** This replica's usual skew, within ±1 h. */
    readonly skewMs: number,
  ) {
    this.offset = skewMs;
  }

  static random(time: SimTime, random: SeededRandom): SkewedWallClock {
    return new SkewedWallClock(time, random.between(-HOUR_MS, HOUR_MS));
  }

  readonly now = (): number => this.time.now + this.offset;

  /** Jumps back by up to an hour, or (when already jumped) is put right again; returns what it did. */
  jump(random: SeededRandom): string {
    if (this.offset !== this.skewMs && random.chance(0.5)) {
      this.offset = this.skewMs;
      return 'clock put right';
    }
    const back = random.between(1, HOUR_MS);
    this.offset -= back;
    return `clock jumps back ${Math.round(back / 1000)} s`;
  }
}
