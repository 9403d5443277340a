import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEARNING_KINDS, LearningInput, PeerInput, PostInput } from '../../../src-shared/contract/benchmarks';
import { TEN_WAN_PLUS } from '../../../src-shared/domain/benchmarks/numbers';
import { periodEnd, weekStartOf } from '../../../src-shared/domain/benchmarks/periods';
import { addDays, weekdayOf } from '../../../src-shared/domain/dates';
import { openSqlite } from '../../../src-main/db/connection';
import { DEMO_BENCHMARKS, largePeers } from '../../../src-main/demo/demo-benchmarks';
import { BENCHMARKS, storyEvents } from '../../../src-main/demo/demo-figures';
import { seededRandom } from '../../../src-main/demo/demo';
import { DEMO_ACCOUNTS } from '../../../src-main/demo/demo-recipe';
import { writeDemoWorkspace } from '../../../src-main/session/backend';

// The demo's benchmarks (issue 11): peers to compare with and a year of figures, own and peer,
// that add up the way the backend's exports do.

const TODAY = '2026-10-08'; // a Thursday: the last full benchmark week is 09-27 … 10-03
type Row = Record<string, unknown>;

/** Closes the demos the tests opened (kept across tests: loading one writes a year of figures). */
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function loadSmall(seed = 1, today = TODAY) {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-demo-'));
  writeDemoWorkspace({ dataDir, scale: 'small', seed, today });
  const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
  cleanups.push(() => {
    sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const all = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as Row[];
  return { all };
}

/** One demo for the tests that only read it (loading it writes a year of figures). */
let shared: ReturnType<typeof loadSmall>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe("the demo's benchmarks", () => {
  beforeAll(() => {
    shared = loadSmall();
  }, 120_000);

  it('has 8 peers with a year of weekly and monthly snapshots, pushes of 头条 and 次条, and learnings', () => {
    const { all } = shared;
    const peers = all('SELECT * FROM peer_accounts WHERE deleted_at IS NULL');
    expect(peers).toHaveLength(8);
    const lastWeek = addDays(weekStartOf(TODAY), -7);
    for (const peer of peers) {
      expect(
        PeerInput.safeParse({ platform: peer.platform, name: peer.name, handle: peer.handle, ownerCompany: peer.owner_company, industry: peer.industry, tags: JSON.parse(String(peer.tags)), reason: peer.reason }).success,
      ).toBe(true);
      expect([peer.owner_company, peer.industry, peer.reason].every((v) => String(v).length > 0)).toBe(true);

      const weeks = all("SELECT period_start AS start, followers FROM metric_snapshots WHERE account_id = ? AND period = 'week' ORDER BY period_start", peer.id);
      expect(weeks, String(peer.name)).toHaveLength(52);
      expect(weeks.every((w, i) => weekdayOf(String(w.start)) === 0 && (i === 0 || w.start === addDays(String(weeks[i - 1]!.start), 7)))).toBe(true);
      expect(weeks.at(-1)!.start).toBe(lastWeek);
      expect(weeks.every((w) => Number(w.followers) > 0)).toBe(true);
      expect(all("SELECT 1 FROM metric_snapshots WHERE account_id = ? AND period = 'month'", peer.id)).toHaveLength(12);

      const posts = all('SELECT * FROM post_metrics WHERE account_id = ?', peer.id);
      const perWeek = new Map<string, Set<string>>();
      for (const p of posts) perWeek.set(weekStartOf(String(p.published_at).slice(0, 10)), (perWeek.get(weekStartOf(String(p.published_at).slice(0, 10))) ?? new Set()).add(String(p.published_at)));
      expect(
        [...perWeek.values()].every((pushes) => pushes.size >= 1 && pushes.size <= 3),
        String(peer.name),
      ).toBe(true);
      expect(perWeek.size).toBeGreaterThan(40);
      // 头条 read far more than 次条.
      const reads = (position: string) => posts.filter((p) => (position === 'head' ? p.position === 1 : Number(p.position) > 1)).map((p) => Number(p.reads));
      expect(median(reads('head'))).toBeGreaterThan(3 * median(reads('rest')));

      const learnings = all('SELECT * FROM peer_learnings WHERE peer_id = ?', peer.id);
      expect(learnings.length).toBeGreaterThanOrEqual(2);
      expect(learnings.length).toBeLessThanOrEqual(4);
      for (const l of learnings) expect(LearningInput.safeParse({ peerId: l.peer_id, kind: l.kind, text: l.text, link: l.link }).success).toBe(true);
    }
    const learnings = all('SELECT kind, link FROM peer_learnings');
    expect(new Set(learnings.map((l) => l.kind))).toEqual(new Set(LEARNING_KINDS));
    expect(learnings.filter((l) => String(l.link).startsWith('https://mp.weixin.qq.com/s/')).length).toBeGreaterThan(8);

    const peerPosts = all('SELECT p.* FROM post_metrics p JOIN peer_accounts a ON a.id = p.account_id');
    const tenWanPlus = peerPosts.filter((p) => p.reads === TEN_WAN_PLUS).length;
    expect(tenWanPlus).toBeGreaterThan(0);
    expect(tenWanPlus).toBeLessThan(peerPosts.length / 50);
    const kinds = peerPosts.map((p) => String(p.kind));
    expect(kinds.filter((k) => k === '').length).toBeGreaterThan(peerPosts.length / 5);
    expect(new Set(kinds.filter(Boolean))).toEqual(new Set(BENCHMARKS.types.map((t) => t.name)));
    // Interactions follow reads: the best-read tenth has more 在看 on average than the rest.
    const sorted = [...peerPosts].sort((a, b) => Number(b.reads) - Number(a.reads));
    const avg = (rows: Row[], f: string) => rows.reduce((s, r) => s + Number(r[f]), 0) / rows.length;
    expect(avg(sorted.slice(0, sorted.length / 10), 'zaikan')).toBeGreaterThan(5 * avg(sorted.slice(sorted.length / 2), 'zaikan'));
  });

  it("gives the own accounts a year of snapshots, their articles' figures and follower days that add up", () => {
    const { all } = shared;
    const accounts = all('SELECT id, name, platform, followers FROM accounts WHERE deleted_at IS NULL');
    expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
    for (const account of accounts) {
      expect(all("SELECT 1 FROM metric_snapshots WHERE account_id = ? AND period = 'week'", account.id), String(account.name)).toHaveLength(52);
      expect(all("SELECT 1 FROM metric_snapshots WHERE account_id = ? AND period = 'month'", account.id)).toHaveLength(12);
      if (!String(account.platform).startsWith('wechat')) continue;

      const days = all('SELECT * FROM follower_days WHERE account_id = ? ORDER BY date', account.id);
      expect(days.length).toBeGreaterThanOrEqual(364);
      expect(days.at(-1)).toMatchObject({ date: addDays(TODAY, -1), cumulative: account.followers });
      days.forEach((d, i) => {
        expect(d.net_gain).toBe(Number(d.new_followers) - Number(d.unfollows));
        if (i > 0) expect(d.cumulative, String(d.date)).toBe(Number(days[i - 1]!.cumulative) + Number(d.net_gain));
      });
      const cumulativeOn = new Map(days.map((d) => [d.date, d.cumulative]));
      for (const s of all('SELECT period, period_start, followers FROM metric_snapshots WHERE account_id = ?', account.id))
        expect(s.followers).toBe(cumulativeOn.get(periodEnd({ kind: s.period as 'week', start: String(s.period_start) })));

      const posts = all('SELECT * FROM post_metrics WHERE account_id = ? ORDER BY published_at', account.id);
      expect(String(posts[0]!.published_at) < addDays(TODAY, -330)).toBe(true);
      for (const p of posts) {
        expect(Number(p.new_followers_day7)).toBeGreaterThanOrEqual(Number(p.new_followers_day1));
        const input = {
          accountId: p.account_id,
          publishedAt: p.published_at,
          position: p.position,
          title: p.title,
          url: p.url,
          kind: p.kind,
          reads: p.reads,
          zaikan: p.zaikan,
          likes: p.likes,
          shares: p.shares,
          newFollowersDay1: p.new_followers_day1,
          newFollowersDay7: p.new_followers_day7,
          itemId: p.item_id,
        };
        expect(PostInput.safeParse(input).success, String(p.title)).toBe(true);
      }
      // Where the calendar has the day, the article is its published item.
      const linked = all(
        'SELECT p.title, p.position, p.published_at, i.title AS item_title, i.slot, i.date, i.status, i.account_id FROM post_metrics p JOIN calendar_items i ON i.id = p.item_id WHERE p.account_id = ?',
        account.id,
      );
      expect(linked.length).toBeGreaterThan(0);
      for (const l of linked) expect(l).toMatchObject({ item_title: l.title, slot: l.position, date: String(l.published_at).slice(0, 10), status: 'published', account_id: account.id });
      expect(all("SELECT 1 FROM calendar_items i WHERE i.account_id = ? AND i.status = 'published' AND i.date < ? AND NOT EXISTS (SELECT 1 FROM post_metrics p WHERE p.item_id = i.id)", account.id, TODAY)).toEqual([]);
    }
  });

  it('tells a story the forecast can work from: steady growth, a 双11 spike, a 春节 dip', () => {
    const { all } = shared;
    const service = all("SELECT id, followers FROM accounts WHERE platform = 'wechat_service'")[0]!;
    const days = all('SELECT date, new_followers AS n, cumulative FROM follower_days WHERE account_id = ? ORDER BY date', service.id);
    const events = storyEvents(String(days[0]!.date), String(days.at(-1)!.date));
    const typical = median(days.map((d) => Number(d.n)));
    const inCampaign = days.filter((d) => (events.campaign.get(String(d.date)) ?? 1) > 3).map((d) => Number(d.n));
    const inDip = days.filter((d) => (events.dip.get(String(d.date)) ?? 1) < 0.5).map((d) => Number(d.n));
    expect(inCampaign.length).toBeGreaterThan(0);
    expect(inDip.length).toBeGreaterThan(0);
    expect(median(inCampaign)).toBeGreaterThan(2.5 * typical);
    expect(median(inDip)).toBeLessThan(0.7 * typical);
    // Growth most months, about a sixth over the year.
    const first = Number(days[0]!.cumulative);
    expect(Number(service.followers) / first).toBeGreaterThan(1.1);
    expect(Number(service.followers) / first).toBeLessThan(1.3);
  });

  it('is the same for the same seed and today, and differs for another seed', { timeout: 300_000 }, () => {
    const content = ({ all }: ReturnType<typeof loadSmall>) => {
      const names = new Map([...all('SELECT id, name FROM accounts'), ...all('SELECT id, name FROM peer_accounts')].map((r) => [r.id, r.name]));
      const strip = ({ id, created_at, updated_at, account_id, peer_id, item_id, member_id, ...rest }: Row) => ({ ...rest, account: names.get(account_id ?? peer_id), linked: item_id !== null && item_id !== undefined });
      return ['post_metrics', 'metric_snapshots', 'follower_days', 'peer_learnings', 'peer_accounts'].map((table) => all(`SELECT * FROM ${table} ORDER BY created_at, rowid`).map(strip));
    };
    const a = content(loadSmall(7));
    expect(content(loadSmall(7))).toEqual(a);
    expect(content(shared)[0]).not.toEqual(a[0]);
  });

  it('at the large scale makes 200 accounts over five years: the own ones and generated peers with unique names', () => {
    expect(DEMO_BENCHMARKS.large).toEqual({ weeks: 260, accounts: 200 });
    const own = 50;
    const generated = largePeers(seededRandom(1), DEMO_BENCHMARKS.large.accounts - own - BENCHMARKS.peers.length);
    const names = [...BENCHMARKS.peers, ...generated].map((p) => p.name);
    expect(own + names.length).toBe(200);
    expect(new Set(names).size).toBe(names.length);
    for (const peer of generated) expect(PeerInput.safeParse(peer).success, peer.name).toBe(true);
    expect(largePeers(seededRandom(1), 10)).toEqual(generated.slice(0, 10));
  });
});
