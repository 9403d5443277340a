import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxChanges, type OutboxEntry } from '../../../src-main/sync/outbox';
import { SeededRandom } from '../../helpers/sync-sim/random';
import { Replica } from '../../helpers/sync-sim/replica';
import { SimTime, SkewedWallClock } from '../../helpers/sync-sim/sim-clock';
import { diffStates, Oracle, replicaState } from '../../helpers/sync-sim/state';
import { randomWrite } from '../../helpers/sync-sim/workload';

// The simulation's own parts, checked without HQ: if the oracle or the comparison were wrong, every
// seed would pass (or fail) for the wrong reason.

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function replicas(count: number, seed: number) {
  const random = new SeededRandom(seed);
  const time = new SimTime();
  const oracle = new Oracle();
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-sim-harness-'));
  dirs.push(dir);
  const list = Array.from({ length: count }, (_, i) => new Replica(`r${i}`, mkdtempSync(join(dir, `r${i}-`)), SkewedWallClock.random(time, random), oracle));
  return { random, time, oracle, list };
}

/** Every change a replica ever wrote, from its outbox (nothing acknowledges them here). */
function changesOf(replica: Replica) {
  return (replica.sqlite.prepare('SELECT tbl, row_id, field, value, hlc FROM outbox ORDER BY seq').all() as OutboxEntry[]).flatMap((entry) => outboxChanges(entry));
}

describe('the simulation harness', () => {
  it('replays a seed exactly: the same writes, clocks and values', () => {
    const run = () => {
      const { random, time, list } = replicas(2, 7);
      for (let i = 0; i < 40; i++) {
        time.advance(random.int(60_000));
        const replica = random.pick(list);
        if (random.chance(0.1)) replica.wall.jump(random);
        randomWrite(random, replica.repo, replica.sqlite);
      }
      return list.map((replica) => changesOf(replica).map((c) => `${c.table}/${c.rowId}.${c.field}=${JSON.stringify(c.value)}@${c.hlc}`.replace(/"\d{4}-\d\d-\d\dT[^"]+"/g, '<time>')));
    };
    const first = run();
    expect(first.flat().length).toBeGreaterThan(40);
    expect(run()).toEqual(first);
  });

  it('finds replicas that exchanged every change equal to the oracle, and names the field of one that missed a change', () => {
    const { random, time, oracle, list } = replicas(3, 11);
    for (let i = 0; i < 120; i++) {
      time.advance(random.int(120_000));
      const replica = random.pick(list);
      const roll = random.next();
      if (roll < 0.05) replica.wall.jump(random);
      else if (roll < 0.1) replica.crashAndRestart();
      else randomWrite(random, replica.repo, replica.sqlite);
      replica.drainToOracle();
    }
    const all = list.flatMap(changesOf);
    for (const replica of list) replica.repo.applyRemote(all);
    for (const replica of list) expect(diffStates(oracle.state, replicaState(replica.sqlite))).toEqual([]);

    const { list: others } = replicas(1, 11);
    const behind = others[0]!;
    const newest = all.reduce((a, b) => (a.hlc > b.hlc ? a : b));
    behind.repo.applyRemote(all.filter((c) => c !== newest));
    const diff = diffStates(oracle.state, replicaState(behind.sqlite));
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.join('\n')).toContain(`${newest.table}/${newest.rowId}`);
  });
});
