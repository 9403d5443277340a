import { describe, expect, it } from 'vitest';
import { startSyncLoop, type LoopOutcome, type LoopTimers } from '../../../src-main/session/sync-loop';

/** Time that moves only when the test says, with timers that fire as it passes. */
class ManualTime implements LoopTimers {
  private wall = 1_000_000;
  /** Monotonic time: what timers are planned on; it stands still while the machine sleeps. */
  private mono = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;
  randomValue = 0.5;

  now = () => this.wall;
  random = () => this.randomValue;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.mono + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => void this.timers.delete(handle as number);

  /** Lets `ms` pass, firing due timers in order (and letting their promises settle). */
  async advance(ms: number): Promise<void> {
    const end = this.mono + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.wall += due[1].at - this.mono;
      this.mono = due[1].at;
      this.timers.delete(due[0]);
      due[1].run();
      for (let i = 0; i < 10; i++) await Promise.resolve();
    }
    this.wall += end - this.mono;
    this.mono = end;
  }

  /** The machine sleeps: wall time goes on, monotonic time does not. */
  sleep(ms: number): void {
    this.wall += ms;
  }
}

function loopWith(outcomes: LoopOutcome[], time: ManualTime, active = () => true) {
  const attempts: number[] = [];
  const loop = startSyncLoop({
    timers: time,
    active,
    sync: async () => {
      attempts.push(time.now());
      return outcomes.shift() ?? 'ok';
    },
  });
  return { loop, attempts };
}

describe('the background sync loop', () => {
  it('stays quiet while not syncing: a local commit plans no attempt and tells the UI nothing', async () => {
    const time = new ManualTime();
    let told = 0;
    const attempts: number[] = [];
    const loop = startSyncLoop({ timers: time, active: () => false, onSchedule: () => told++, sync: async () => (attempts.push(time.now()), 'ok') });
    const toldAtStart = told;
    loop.nudge();
    await time.advance(120_000);
    expect({ attempts: attempts.length, told: told - toldAtStart }).toEqual({ attempts: 0, told: 0 });
    loop.stop();
  });

  it('syncs soon after starting, then every minute', async () => {
    const time = new ManualTime();
    const { loop, attempts } = loopWith([], time);
    await time.advance(2_000);
    expect(attempts).toHaveLength(1);
    await time.advance(59_000);
    expect(attempts).toHaveLength(1);
    await time.advance(1_000);
    expect(attempts).toHaveLength(2);
    loop.stop();
  });

  it('syncs about two seconds after a local commit instead of waiting for the minute', async () => {
    const time = new ManualTime();
    const { loop, attempts } = loopWith([], time);
    await time.advance(2_000);
    await time.advance(10_000);
    loop.nudge();
    loop.nudge();
    await time.advance(1_999);
    expect(attempts).toHaveLength(1);
    await time.advance(1);
    expect(attempts).toHaveLength(2);
    loop.stop();
  });

  it('backs off exponentially after failures, from 5 s up to 5 min, and back to the minute after a success', async () => {
    const time = new ManualTime();
    const outcomes: LoopOutcome[] = Array.from({ length: 9 }, () => 'retry');
    const { loop, attempts } = loopWith(outcomes, time);
    await time.advance(2_000 + 5_000 + 10_000 + 20_000 + 40_000 + 80_000 + 160_000 + 300_000 + 300_000 + 300_000 + 60_000);
    const gaps = attempts.slice(1).map((at, i) => at - attempts[i]!);
    expect(gaps).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000, 60_000]);
    loop.stop();
  });

  it('spreads retries by ±20 % jitter', async () => {
    const time = new ManualTime();
    time.randomValue = 0;
    const { loop, attempts } = loopWith(['retry'], time);
    await time.advance(2_000 + 4_000);
    expect(attempts.map((at) => at - attempts[0]!)).toEqual([0, 4_000]);
    loop.stop();
  });

  it('does not cut a backoff short for a local commit', async () => {
    const time = new ManualTime();
    const { loop, attempts } = loopWith(['retry', 'retry'], time);
    await time.advance(2_000 + 5_000);
    loop.nudge();
    await time.advance(9_000);
    expect(attempts).toHaveLength(2);
    await time.advance(1_000);
    expect(attempts).toHaveLength(3);
    loop.stop();
  });

  it('stops after revoked or too old, and starts again when refreshed while active', async () => {
    const time = new ManualTime();
    let active = true;
    const { loop, attempts } = loopWith(['stop'], time, () => active);
    await time.advance(2_000);
    expect(loop.nextAttemptAt()).toBeNull();
    await time.advance(3_600_000);
    expect(attempts).toHaveLength(1);
    active = false;
    loop.refresh();
    loop.nudge();
    await time.advance(3_600_000);
    expect(attempts).toHaveLength(1);
    active = true;
    loop.refresh();
    await time.advance(2_000);
    expect(attempts).toHaveLength(2);
    loop.stop();
  });

  it('syncs at once after the machine slept, even in the middle of a backoff', async () => {
    const time = new ManualTime();
    const { loop, attempts } = loopWith(['retry', 'retry', 'retry', 'retry', 'retry', 'retry'], time);
    await time.advance(2_000 + 5_000 + 10_000 + 20_000 + 40_000 + 80_000);
    expect(attempts).toHaveLength(6);
    const planned = loop.nextAttemptAt()!;
    time.sleep(8 * 3_600_000);
    await time.advance(15_000);
    expect(attempts).toHaveLength(7);
    expect(attempts[6]!).toBeLessThan(planned + 8 * 3_600_000);
    loop.stop();
  });

  it('plans nothing once stopped', async () => {
    const time = new ManualTime();
    const { loop, attempts } = loopWith([], time);
    loop.stop();
    loop.nudge();
    await time.advance(600_000);
    expect(attempts).toHaveLength(0);
  });
});
