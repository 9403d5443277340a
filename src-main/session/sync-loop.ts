// The background sync of a program that stays open (browser mode, Electron): soon after local
// commits, every minute otherwise, with exponential backoff and jitter after a failure, and none
// after the device was revoked or the app is too old. Timers run on the monotonic clock, which
// stands still while the machine sleeps, so a heartbeat compares wall time: when it fires far
// later than planned the machine slept, and the loop syncs at once. Timers and time are injected,
// so the unit test drives them without sleeping.

export interface LoopTimers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  random(): number;
}

/** `retry` after a failure worth retrying (offline, HQ's error); `stop` after revoked or too old. */
export type LoopOutcome = 'ok' | 'retry' | 'stop';

export interface SyncLoopOptions {
  sync(): Promise<LoopOutcome>;
  /** Whether background sync is wanted now: enrolled, auto on, neither revoked nor too old. */
  active(): boolean;
  /** Told when the next attempt's time changes. */
  onSchedule?(): void;
  timers?: LoopTimers;
  intervalMs?: number;
  debounceMs?: number;
  backoffMinMs?: number;
  backoffMaxMs?: number;
  heartbeatMs?: number;
}

export interface SyncLoop {
  /** A local commit: sync within `debounceMs`, unless a failure's backoff is under way. */
  nudge(): void;
  /** Enrolment, auto or the state changed: start (soon) or stop planning. */
  refresh(): void;
  /** Epoch ms of the next planned attempt, if any. */
  nextAttemptAt(): number | null;
  stop(): void;
}

export const systemTimers: LoopTimers = {
  now: () => Date.now(),
  setTimeout(run, ms) {
    const handle = setTimeout(run, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  random: Math.random,
};

export function startSyncLoop(options: SyncLoopOptions): SyncLoop {
  const timers = options.timers ?? systemTimers;
  const { intervalMs = 60_000, debounceMs = 2_000, backoffMinMs = 5_000, backoffMaxMs = 300_000, heartbeatMs = 15_000 } = options;
  let plan: { at: number; handle: unknown } | undefined;
  let failures = 0;
  let running = false;
  let again = false;
  let stopped = false;

  function unplan(): void {
    if (plan) timers.clearTimeout(plan.handle);
    plan = undefined;
  }

  function schedule(delay: number): void {
    unplan();
    if (!stopped && options.active()) plan = { at: timers.now() + delay, handle: timers.setTimeout(() => void attempt(), delay) };
    options.onSchedule?.();
  }

  /** 5 s, 10 s, 20 s … up to 5 min, each ±20 % so that many devices do not retry in step. */
  const backoff = () => Math.min(backoffMaxMs, backoffMinMs * 2 ** Math.min(failures - 1, 20)) * (0.8 + 0.4 * timers.random());

  async function attempt(): Promise<void> {
    plan = undefined;
    if (stopped || !options.active()) return options.onSchedule?.();
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    let outcome: LoopOutcome;
    try {
      outcome = await options.sync();
    } catch {
      outcome = 'retry';
    }
    running = false;
    if (outcome === 'stop') {
      failures = 0;
      unplan();
      return options.onSchedule?.();
    }
    failures = outcome === 'retry' ? failures + 1 : 0;
    schedule(failures > 0 ? backoff() : again ? debounceMs : intervalMs);
  }

  let beatDue = timers.now() + heartbeatMs;
  let beat: unknown;
  const heartbeat = () => {
    if (stopped) return;
    const late = timers.now() - beatDue;
    beatDue = timers.now() + heartbeatMs;
    beat = timers.setTimeout(heartbeat, heartbeatMs);
    // Fired far later than planned: the machine slept (or the process was stopped). Sync now.
    if (late > Math.max(2 * heartbeatMs, 30_000) && !running) {
      failures = 0;
      schedule(0);
    }
  };
  beat = timers.setTimeout(heartbeat, heartbeatMs);
  schedule(debounceMs);

  return {
    nudge() {
      // Not syncing (not enrolled, stopped, auto off): a write plans nothing and says nothing.
      if (stopped || failures > 0 || !options.active()) return;
      if (running) {
        again = true;
        return;
      }
      if (plan && plan.at <= timers.now() + debounceMs) return;
      schedule(debounceMs);
    },
    refresh() {
      if (stopped) return;
      if (!options.active()) {
        unplan();
        options.onSchedule?.();
      } else if (!plan && !running) {
        failures = 0;
        schedule(debounceMs);
      }
    },
    nextAttemptAt: () => plan?.at ?? null,
    stop() {
      stopped = true;
      unplan();
      timers.clearTimeout(beat);
    },
  };
}
