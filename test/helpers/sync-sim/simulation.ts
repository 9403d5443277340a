import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HqEndpoints, WireRow } from '../../../src-shared/contract/sync-protocol';
import { FaultyNetwork } from './faulty-network';
import { SeededRandom } from './random';
import { Replica } from './replica';
import { SimTime, SkewedWallClock } from './sim-clock';
import { diffStates, fieldCount, Oracle, pulledState, replicaState } from './state';
import { bulkInsert, randomWrite } from './workload';

// The deterministic simulation of issue 14: 3–6 desktops on real SQLite and one HQ, random writes
// and syncs over a faulty network, crashes on both sides, skewed and jumping clocks; then the
// faults stop (heal), every desktop syncs until two full rounds move nothing, and every desktop,
// HQ and the oracle must hold the same rows, fields and clocks. Everything is drawn from one
// seeded PRNG and awaited in order, so a seed replays a run exactly.

/** The HQ under test, in process (`createHqSync` over PGlite or PostgreSQL), as one tenant sees it. */
export interface SimHq {
  endpoints(): HqEndpoints;
  /** HQ's process dies and starts again over the same database. */
  restart(): Promise<void>;
  /** The tenant's enrolment code (reusable until it expires). */
  enrollmentCode(): Promise<string>;
}

/** The desktop's sync engine as the simulation drives it. */
export interface SimEngine {
  /** Enrolls and syncs once; a desktop holding data of its own when HQ does too merges it. */
  enroll(code: string): Promise<void>;
  /** Whether the enrolment is recorded (its first sync may still have failed). */
  enrolled(): boolean;
  /** One push-and-pull; how many field changes HQ applied and rows came down. Throws on a network error. */
  syncOnce(): Promise<{ pushed: number; pulled: number }>;
}

export type EngineFactory = (replica: Replica, transport: HqEndpoints) => SimEngine;

export interface SimulationOptions {
  seed: number;
  steps: number;
  hq: SimHq;
  engine: EngineFactory;
  /** Words for the replay command: which test file and which backend. */
  replay: string;
}

const MINUTE_MS = 60_000;
/** Events a failure shows (the last ones), and differing fields per replica. */
const TRACE_LINES = 40;
const DIFF_LINES = 8;
/** Heal rounds before the run counts as not converging. */
const MAX_HEAL_ROUNDS = 20;

interface Desktop {
  replica: Replica;
  engine: SimEngine;
}

/** Runs one seed; throws an error starting `seed=<n>` with the replay command, the diff and the last events when it does not converge. */
export async function runSimulation(options: SimulationOptions): Promise<string> {
  const { seed } = options;
  const random = new SeededRandom(seed);
  const time = new SimTime();
  const oracle = new Oracle();
  const trace: string[] = [];
  const log = (line: string) => {
    trace.push(line);
    if (trace.length > TRACE_LINES) trace.shift();
  };
  const dir = mkdtempSync(join(tmpdir(), `opsbench-sim-${seed}-`));
  const { hq } = options;
  const network = new FaultyNetwork(() => hq.endpoints(), random, log, random.between(3, 40));
  const desktops: Desktop[] = [];
  const fail = (what: string, details: string[]) => new Error([`seed=${seed}: ${what}`, `replay: OPSBENCH_SIM_SEED=${seed} ${options.replay}`, ...details, '--- last events:', ...trace].join('\n'));
  try {
    const count = random.between(3, 6);
    for (let i = 0; i < count; i++) {
      const name = `sim${i}`;
      const replica = new Replica(name, mkdtempSync(join(dir, `${name}-`)), SkewedWallClock.random(time, random), oracle);
      desktops.push({ replica, engine: options.engine(replica, network) });
    }
    // The first desktop holds data and enrolls before the faults start (the first upload). The
    // others enroll during the run, under faults, when first told to sync: some empty (they take
    // HQ's rows), some with data of their own (they merge it: a whole-state upload).
    const first = desktops[0]!;
    for (const desktop of desktops) {
      if (desktop !== first && !random.chance(0.4)) continue;
      for (let n = 0; n < 5; n++) log(`${desktop.replica.name} ${randomWrite(random, desktop.replica.repo, desktop.replica.sqlite)} (before enrolling)`);
      desktop.replica.drainToOracle();
    }
    network.faults = false;
    log(`${first.replica.name} enrolls`);
    const code = await hq.enrollmentCode();
    await first.engine.enroll(code);
    first.replica.drainToOracle();
    network.faults = true;

    for (let step = 0; step < options.steps; step++) {
      time.advance(random.int(5 * MINUTE_MS));
      const desktop = random.pick(desktops);
      const { replica } = desktop;
      const roll = random.next();
      const at = `#${step} ${replica.name}`;
      if (roll < 0.01) {
        log(`${at} ${bulkInsert(random, replica.repo, replica.name)}`);
      } else if (roll < 0.5) {
        log(`${at} ${randomWrite(random, replica.repo, replica.sqlite)}`);
      } else if (roll < 0.85) {
        const enrolling = !desktop.engine.enrolled();
        log(`${at} ${enrolling ? 'enrolls' : 'syncs'}`);
        const synced = await syncAndLog(desktop, enrolling ? () => desktop.engine.enroll(code) : undefined, log);
        if (!synced && random.chance(0.25)) {
          // The process dies right after the failed attempt, with whatever the engine had written.
          log(`${at} crashes after the failed attempt`);
          restart(desktop, options.engine, network);
        }
      } else if (roll < 0.92) {
        // The client crashes between its commit and the push that would have carried it.
        log(`${at} ${randomWrite(random, replica.repo, replica.sqlite)}, then crashes before pushing`);
        restart(desktop, options.engine, network);
      } else if (roll < 0.97) {
        log(`${at} ${replica.wall.jump(random)}`);
      } else {
        log(`#${step} HQ crashes and restarts`);
        await hq.restart();
      }
      replica.drainToOracle();
    }

    log('--- heal: faults off, requests in flight delivered');
    network.faults = false;
    await network.flush();
    for (const desktop of desktops) {
      if (desktop.engine.enrolled()) continue;
      log(`${desktop.replica.name} enrolls`);
      await desktop.engine.enroll(code);
      desktop.replica.drainToOracle();
    }
    let quiet = 0;
    let rounds = 0;
    while (quiet < 2) {
      if (++rounds > MAX_HEAL_ROUNDS) throw fail(`no quiescence after ${MAX_HEAL_ROUNDS} rounds of syncing every desktop`, []);
      let moved = 0;
      for (const desktop of desktops) {
        const report = await desktop.engine.syncOnce();
        desktop.replica.drainToOracle();
        moved += report.pushed + report.pulled;
      }
      quiet = moved === 0 ? quiet + 1 : 0;
    }

    const problems: string[] = [];
    const hqState = pulledState(await pullEverything(hq.endpoints(), network.tokens[0]!));
    for (const line of diffStates(oracle.state, hqState, DIFF_LINES)) problems.push(`HQ ${line}`);
    for (const { replica } of desktops) {
      for (const line of diffStates(oracle.state, replicaState(replica.sqlite), DIFF_LINES)) problems.push(`${replica.name} ${line}`);
      const pending = replica.pendingEntries();
      if (pending > 0) problems.push(`${replica.name} still has ${pending} outbox entries HQ never acknowledged`);
    }
    if (problems.length > 0) throw fail('the replicas did not converge', problems);
    const c = network.counts;
    return (
      `seed=${seed}: ${desktops.length} desktops, ${options.steps} steps, ${oracle.changes} field changes → ${fieldCount(oracle.state)} fields agree after ${rounds} heal rounds; ` +
      `${c.requests} requests, ${c.droppedRequests} lost, ${c.droppedReplies} replies lost, ${c.duplicates} duplicated, ${c.held} held back`
    );
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(`seed=${seed}`)) throw error;
    throw fail(`the run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, []);
  } finally {
    for (const { replica } of desktops) replica.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One sync (or an enrolment, which ends with one); whether it went through. */
async function syncAndLog(desktop: Desktop, enroll: (() => Promise<void>) | undefined, log: (line: string) => void): Promise<boolean> {
  try {
    if (enroll) await enroll();
    else {
      const report = await desktop.engine.syncOnce();
      log(`  pushed ${report.pushed}, pulled ${report.pulled}`);
    }
    return true;
  } catch (error) {
    log(`  failed: ${(error as Error).message}${enroll && desktop.engine.enrolled() ? ' (enrolled; its first sync failed)' : ''}`);
    return false;
  }
}

/** The desktop's process is killed and started again: a new engine over the reopened file. */
function restart(desktop: Desktop, engine: EngineFactory, transport: HqEndpoints): void {
  desktop.replica.crashAndRestart();
  desktop.engine = engine(desktop.replica, transport);
}

/** Every row HQ holds: a pull from the beginning, page after page. */
async function pullEverything(hq: HqEndpoints, token: string): Promise<WireRow[]> {
  const rows: WireRow[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await hq.pull(token, { cursor, appVersion: '999.0.0' });
    rows.push(...page.rows);
    if (!page.hasMore) return rows;
    cursor = page.cursor;
  }
}
