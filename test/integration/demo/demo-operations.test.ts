import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTIVITY_PURPOSES } from '../../../src-shared/contract/activities';
import { COST_CATEGORIES } from '../../../src-shared/contract/costs';
import { BUILTIN_WORDS } from '../../../src-shared/domain/articles/builtin-words';
import { addDays, addMonths, eachDay, weekdayOf } from '../../../src-shared/domain/dates';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir } from '../../../src-main/db/migrate';
import { DEMO_ACTIVITIES } from '../../../src-main/demo/demo-activities';
import { DEMO_CONCERNS } from '../../../src-main/demo/demo-concerns';
import { fillDemoOperations } from '../../../src-main/demo/demo-operations';
import { DEMO_ACCOUNTS, DEMO_MEMBERS } from '../../../src-main/demo/demo-recipe';
import { DEMO_WORKLOG } from '../../../src-main/demo/demo-worklog';
import { seededRandom } from '../../../src-main/demo/demo';
import { createAccountsService } from '../../../src-main/services/accounts/accounts-service';
import { createTeamService } from '../../../src-main/services/team/team-service';
import { writeDemoWorkspace } from '../../../src-main/session/backend';
import { openWorkspaceSession } from '../../../src-main/session/workspace-session';

// The demo's activities, costs, work log, concerns and community (issue 12): what a user opening
// those screens on the demo should find, whatever day it is loaded on.

type Row = Record<string, unknown>;
const live = (table: string) => `SELECT * FROM ${table} WHERE deleted_at IS NULL`;

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-demo-ops-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The small demo loaded on `today`, once per day for all the tests (loading it writes a year of figures). */
const demos = new Map<string, { dataDir: string; all: (sql: string, ...params: unknown[]) => Row[] }>();
function demoOn(today: string) {
  const known = demos.get(today);
  if (known) return known;
  const dataDir = tempDir();
  writeDemoWorkspace({ dataDir, scale: 'small', seed: 1, today });
  const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
  cleanups.unshift(() => sqlite.close());
  const demo = { dataDir, all: (sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as Row[] };
  demos.set(today, demo);
  return demo;
}

describe("the demo's activities, costs, work log, concerns and community", { timeout: 120_000 }, () => {
  for (const today of ['2026-12-02', '2027-03-31']) {
    it(`has done, running and planned activities around ${today}, with phases, accounts, results and lessons`, () => {
      const { all } = demoOn(today);
      const activities = all(live('activities'));
      expect(activities.length).toBeGreaterThanOrEqual(6);
      const phasesOf = (id: unknown) => Object.fromEntries(all(`${live('activity_phases')} AND activity_id = ?`, id).map((p) => [p.phase, p])) as Record<string, { start_date: string; end_date: string }>;
      const byStatus = (status: string) => activities.filter((a) => a.status === status);
      expect(byStatus('done').length).toBeGreaterThanOrEqual(2);
      expect(byStatus('done').length).toBeLessThanOrEqual(3);
      expect(byStatus('running').length).toBeGreaterThanOrEqual(1);
      expect(byStatus('planned')).toHaveLength(2);
      for (const a of activities) {
        const { warmup, main, wrapup } = phasesOf(a.id);
        expect(
          [warmup, main, wrapup].every((p) => p && p.start_date <= p.end_date),
          String(a.name),
        ).toBe(true);
        expect(warmup!.end_date < main!.start_date && main!.end_date < wrapup!.start_date).toBe(true);
        expect(all(`${live('activity_accounts')} AND activity_id = ?`, a.id).every((l) => l.id === `${a.id}:${l.account_id}`)).toBe(true);
        expect(all(`${live('activity_accounts')} AND activity_id = ?`, a.id).length).toBeGreaterThan(0);
        expect(ACTIVITY_PURPOSES).toContain(a.purpose);
        expect([a.goal, a.plan, a.owner_id].every(Boolean)).toBe(true);
        expect(JSON.parse(String(a.reach_channels)).length).toBeGreaterThan(0);
        if (a.status === 'done') expect(wrapup!.end_date < today && Number(a.participants) > 0 && Number(a.new_followers) > 0 && String(a.lessons).length > 0).toBe(true);
        if (a.status === 'running') expect(main!.start_date <= today && today <= wrapup!.end_date).toBe(true);
        if (a.status === 'planned') expect(warmup!.start_date > today && Number(a.participants) === 0).toBe(true);
      }
      // Today inside a running activity's 正式 phase.
      expect(byStatus('running').some((a) => phasesOf(a.id).main!.start_date <= today && today <= phasesOf(a.id).main!.end_date)).toBe(true);
      // A conversion with revenue, and a fission one valued by its new followers instead.
      expect(byStatus('done').some((a) => Number(a.revenue_fen) > 0 && Number(a.conversions) > 0)).toBe(true);
      expect(byStatus('done').some((a) => a.purpose === 'fission' && a.revenue_fen === 0 && Number(a.value_per_follower_fen) > 0 && Number(a.unfollows) > 0)).toBe(true);
    });
  }

  it('has a 朋友圈 activity whose plan holds no 诱导分享 or 诱导关注 words', () => {
    const { all } = demoOn('2026-12-02');
    const moments = all(`${live('activities')} AND mechanic = 'moments'`);
    expect(moments).toHaveLength(1);
    const induce = BUILTIN_WORDS.filter((w) => w.category === 'induce-share' || w.category === 'induce-follow').map((w) => w.word);
    expect(induce.filter((word) => String(moments[0]!.plan).includes(word))).toEqual([]);
  });

  it('has budget lines of both importances, some paid, and period items over last, this and next month', () => {
    const today = '2026-12-02';
    const { all } = demoOn(today);
    const costs = all(live('cost_items'));
    expect(new Set(costs.map((c) => c.importance))).toEqual(new Set(['important', 'normal']));
    expect(costs.every((c) => (COST_CATEGORIES as readonly unknown[]).includes(c.category) && Number.isInteger(c.unit_fen) && Number(c.quantity) >= 1)).toBe(true);
    expect(costs.some((c) => c.paid === 1) && costs.some((c) => c.paid === 0)).toBe(true);
    for (const a of all(live('activities'))) {
      const lines = costs.filter((c) => c.activity_id === a.id);
      expect(lines.length, String(a.name)).toBeGreaterThanOrEqual(3);
      expect(new Set(lines.map((c) => c.importance)).size, String(a.name)).toBe(2);
    }
    const period = costs.filter((c) => c.activity_id === null);
    for (const month of [-1, 0, 1]) expect(period.some((c) => String(c.date).startsWith(addMonths(today, month).slice(0, 7)) && c.category === 'tools')).toBe(true);
    expect(period.some((c) => c.category === 'training') && period.some((c) => c.category === 'agency')).toBe(true);
    expect(new Set(costs.map((c) => c.department))).toEqual(new Set(['', '市场部', '财务部', 'IT 部']));
  });

  it('gives members an hourly cost and KPIs computed from the data, and logs 2–4 entries every working day of the last 8 weeks up to today', () => {
    const today = '2026-12-02'; // a Wednesday
    const { all } = demoOn(today);
    const members = all(live('members'));
    expect(members.every((m) => Number(m.hourly_cost_fen) >= 6000 && Number(m.hourly_cost_fen) <= 15000)).toBe(true);
    const metrics = new Set(all(live('member_kpis')).map((k) => k.metric));
    for (const metric of ['articles', 'reads', 'hours', 'activities', 'new_followers', '']) expect(metrics).toContain(metric);

    const logs = all(live('work_logs'));
    const monday = addDays(today, -2);
    const from = addDays(monday, -7 * DEMO_WORKLOG.small.weeks);
    const workdays = eachDay(from, today).filter((d) => weekdayOf(d) !== 0 && weekdayOf(d) !== 6);
    expect(logs.every((l) => String(l.date) >= from && String(l.date) <= today)).toBe(true);
    for (const member of members)
      for (const day of workdays) {
        const entries = logs.filter((l) => l.member_id === member.id && l.date === day);
        expect(entries.length, `${String(member.name)} ${day}`).toBeGreaterThanOrEqual(2);
        expect(entries.length).toBeLessThanOrEqual(4);
        expect(entries.every((l) => Number(l.minutes) >= 20 && Number(l.minutes) <= 210 && Number(l.minutes) % 5 === 0)).toBe(true);
      }
    const activityIds = new Set(all(live('activities')).map((a) => a.id));
    const itemIds = new Set(all(live('calendar_items')).map((i) => i.id));
    const toActivities = logs.filter((l) => l.link_kind === 'activity');
    expect(toActivities.length).toBeGreaterThan(20);
    expect(toActivities.every((l) => activityIds.has(l.link_id) && l.category === 'activity')).toBe(true);
    const toItems = logs.filter((l) => l.link_kind === 'calendar');
    expect(toItems.length).toBeGreaterThan(20);
    expect(toItems.every((l) => itemIds.has(l.link_id))).toBe(true);
  });

  it("has followers' concerns, some answered by the demo's articles, and the member group's SOP with templates", () => {
    const { all } = demoOn('2026-12-02');
    const concerns = all(live('concerns'));
    expect(concerns.length).toBeGreaterThanOrEqual(10);
    expect(concerns.length).toBeLessThanOrEqual(15);
    expect(new Set(concerns.map((c) => c.category))).toEqual(new Set(['product', 'service', 'complaint', 'price', 'other']));
    expect(new Set(concerns.map((c) => c.status))).toEqual(new Set(['new', 'answering', 'answered', 'closed']));
    expect(concerns.every((c) => String(c.examples).split('\n').length >= 2 && String(c.first_seen) < '2026-12-02')).toBe(true);
    const links = all(live('concern_articles'));
    expect(links.length).toBeGreaterThanOrEqual(2);
    const articleIds = new Set(all(live('articles')).map((a) => a.id));
    expect(links.every((l) => articleIds.has(l.article_id) && l.id === `${l.concern_id}:${l.article_id}`)).toBe(true);

    const group = all(`${live('accounts')} AND platform = 'wecom_group'`)[0]!;
    const [sop] = all(live('community_groups'));
    expect(sop).toMatchObject({ id: group.id });
    expect(String(sop!.positioning).length).toBeGreaterThan(10);
    expect(JSON.parse(String(sop!.admin_ids))).toHaveLength(2);
    const scripts = all(live('community_scripts'));
    const kinds = (groupId: unknown) => scripts.filter((s) => s.group_id === groupId).map((s) => s.kind);
    expect(kinds(group.id).filter((k) => k === 'keyword')).toHaveLength(5);
    expect(new Set(kinds(group.id))).toEqual(new Set(['welcome', 'announcement', 'keyword', 'rule']));
    expect(kinds(null)).toHaveLength(3);
  });

  it('is replaced, not doubled, when the demo is loaded over itself', () => {
    const { dataDir, all } = demoOn('2027-03-31');
    const tables = ['activities', 'activity_phases', 'activity_accounts', 'cost_items', 'work_logs', 'concerns', 'concern_articles', 'community_groups', 'community_scripts'];
    const counts = () => tables.map((t) => all(live(t)).length);
    const once = counts();
    writeDemoWorkspace({ dataDir, scale: 'small', seed: 1, today: '2027-03-31', replace: true });
    expect(counts()).toEqual(once);
  });

  // The whole large demo takes minutes (its benchmarks); here its operations alone, on a few accounts and members
  // (about a minute: 150,000 rows through the sync repository, every field clocked).
  it('scales up in the large demo: 300 activities, 100,000 cost lines, 50,000 work-log entries, 2,000 concerns', { timeout: 600_000 }, () => {
    const session = openWorkspaceSession(tempDir(), defaultMigrationsDir(), 'demo test');
    cleanups.unshift(() => session.close());
    const { ctx } = session;
    const team = createTeamService(ctx);
    const members = DEMO_MEMBERS.map((m) => team.create({ ...m, kpis: m.kpis.map((k) => ({ ...k })) }));
    const accounts = DEMO_ACCOUNTS.map((a) => createAccountsService(ctx).create({ ...a, ownerId: null }));
    const today = '2026-12-02';
    const started = performance.now();
    const summary = ctx.repo.transaction(() =>
      fillDemoOperations(ctx, seededRandom(7), {
        today,
        large: true,
        members: Array.from({ length: 40 }, (_, i) => members[i % members.length]!),
        memberInputs: Array.from({ length: 40 }, (_, i) => DEMO_MEMBERS[i % DEMO_MEMBERS.length]!),
        accounts,
        range: { from: addMonths(today, -25), to: addDays(addMonths(today, 35), -1) },
        cities: ['上海', '杭州', '南京'],
      }),
    );
    console.info(`the large demo's operations: ${Math.round(performance.now() - started)} ms`);
    const count = (table: string) => (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
    expect(count('activities')).toBe(DEMO_ACTIVITIES.large.activities);
    expect(count('cost_items')).toBe(DEMO_ACTIVITIES.large.costItems);
    expect(count('work_logs')).toBeGreaterThanOrEqual(50_000);
    expect(count('concerns')).toBe(DEMO_CONCERNS.large);
    expect(summary).toMatchObject({ activities: 300, costItems: 100_000, concerns: 2_000, workLogs: count('work_logs') });
    const statuses = new Set((ctx.sqlite.prepare('SELECT status FROM activities').all() as Row[]).map((a) => a.status));
    expect(statuses).toEqual(new Set(['done', 'running', 'planned', 'cancelled']));
  });
});
