import { describe, expect, it } from 'vitest';
import { AccountInput } from '../../../src-shared/contract/accounts';
import { MemberInput } from '../../../src-shared/contract/team';
import { addDays, addMonths, monthEnd } from '../../../src-shared/domain/dates';
import { DEMO_OVERDUE } from '../../../src-main/demo/demo-calendar';
import { DEMO_ACCOUNTS, DEMO_MEMBERS } from '../../../src-main/demo/demo-recipe';
import { LARGE, largeAccounts, largeMembers, seededRandom } from '../../../src-main/demo/demo';
import { failureOf, openTestBackend } from '../../helpers/backend';

function contentOf(rows: Array<Record<string, unknown>>): unknown[] {
  return rows.map(({ id, createdAt, updatedAt, ownerId, accountId, kpis, ...rest }) => ({ ...rest, kpis: Array.isArray(kpis) ? kpis.map(({ id: _id, ...k }) => k) : undefined }));
}

/** The small demo's calendar, loaded as the app loads it on `today`. */
async function demoAround(today: string) {
  const backend = openTestBackend();
  await backend.api.workspace.loadDemo({ today });
  const from = addMonths(today, -1);
  const to = monthEnd(addMonths(today, 1));
  const items = await backend.api.calendar.listItems({ from: addMonths(today, -6), to: addMonths(today, 6) });
  return { backend, from, to, items };
}

// Loading the demo writes a year of benchmark figures: seconds on a busy machine, so more than the default timeout.
describe('the demo workspace', { timeout: 120_000 }, () => {
  it('is 华东分公司 with realistic accounts, columns, menus and team', async () => {
    const backend = openTestBackend();
    await backend.api.workspace.loadDemo({});
    const status = await backend.api.workspace.status({});
    expect(status.workspace).toMatchObject({ name: '华东分公司', shortName: '华东' });
    const accounts = await backend.api.accounts.list({});
    expect(accounts.length).toBe(DEMO_ACCOUNTS.length);
    expect(accounts.some((a) => a.naming.status === 'differs')).toBe(true);
    const service = accounts.find((a) => a.platform === 'wechat_service')!;
    expect((await backend.api.menus.get({ accountId: service.id })).items).toHaveLength(3);
    expect((await backend.api.columns.list({ accountId: service.id })).length).toBeGreaterThan(3);
    expect((await backend.api.team.list({})).length).toBe(DEMO_MEMBERS.length);
  });

  it('never doubles: over data it is refused unless replacing, and replacing leaves one copy after a backup', async () => {
    const { api } = openTestBackend();
    const today = '2026-10-08';
    await api.workspace.loadDemo({ today });
    const once = (await api.accounts.list({})).length;
    const october = (await api.calendar.listItems({ from: '2026-10-01', to: '2026-10-31' })).length;
    expect(await failureOf(api.workspace.loadDemo({ today }))).toMatchObject({ code: 'conflict', issues: [{ message: 'validation.demo.notEmpty' }] });
    await api.workspace.loadDemo({ replace: true, today });
    expect((await api.accounts.list({})).length).toBe(once);
    expect((await api.calendar.listItems({ from: '2026-10-01', to: '2026-10-31' })).length).toBe(october);
    expect((await api.backups.list({})).filter((b) => b.reason === 'before-demo')).toHaveLength(1);
  });

  it('refuses a today that is not a date', async () => {
    const { api } = openTestBackend();
    expect(await failureOf(api.workspace.loadDemo({ today: '2026-02-30' }))).toMatchObject({ code: 'validation', issues: [{ path: ['today'] }] });
  });

  // Today a month's end, a year's end, in February and mid-month: the months move with it.
  for (const today of ['2027-03-10', '2026-12-31', '2027-02-28', '2028-07-01']) {
    it(`lives around the day it is loaded (${today}): last month, this month and next month, done before today but for ${DEMO_OVERDUE.min}–${DEMO_OVERDUE.max} overdue drafts`, async () => {
      const { backend, from, to, items } = await demoAround(today);
      const dated = items.filter((i) => i.date !== '');
      expect(dated.every((i) => i.date >= from && i.date <= to)).toBe(true);
      for (const month of [from, today, to]) expect(dated.filter((i) => i.date.slice(0, 7) === month.slice(0, 7)).length, month).toBeGreaterThan(30);

      const unfinished = new Set(['topic', 'writing', 'review']);
      const overdue = dated.filter((i) => unfinished.has(i.status) && (i.date < today || (i.dueDate !== '' && i.dueDate < today)));
      expect(overdue.length).toBeGreaterThanOrEqual(DEMO_OVERDUE.min);
      expect(overdue.length).toBeLessThanOrEqual(DEMO_OVERDUE.max);
      // Before today everything is 已发布 or 已取消, but for those drafts.
      expect(dated.filter((i) => i.date < today && !overdue.includes(i)).every((i) => i.status === 'published' || i.status === 'cancelled')).toBe(true);
      // From today on nothing is published yet.
      expect(dated.filter((i) => i.date >= today).every((i) => i.status !== 'published')).toBe(true);

      const attention = await backend.api.calendar.attention({ today });
      expect(attention.overdueTotal).toBe(overdue.length);
      expect(attention.today.length).toBeGreaterThanOrEqual(2);
      expect(attention.today.every((i) => i.time !== '' && i.status !== 'published')).toBe(true);
      expect(await backend.api.calendar.listKeyDates({ from, to })).toHaveLength(3);
      expect((await backend.api.calendar.listPool({})).length).toBeGreaterThan(3);

      const problems = await backend.api.calendar.problems({ from, to });
      expect(problems.map((p) => [p.code, p.date]).sort()).toEqual([
        ['serviceOverMonthly', to.slice(0, 7)],
        ['subscriptionTwiceADay', addDays(today, 3)],
      ]);
    });
  }

  it('is the same for the same today, and moves with another', async () => {
    const plan = async (today: string) => {
      const { items } = await demoAround(today);
      return items.map(({ id, createdAt, updatedAt, accountId, columnId, ownerId, ...rest }) => rest);
    };
    const [a, b] = [await plan('2027-05-20'), await plan('2027-05-20')];
    expect(a).toEqual(b);
    const later = await plan('2027-06-20');
    expect(later.some((i) => i.date > '2027-06-30')).toBe(true);
    expect(a.some((i) => i.date > '2027-06-30')).toBe(false);
  });

  // The large demo's writing takes minutes (five years of figures of 200 accounts): `npm run bench` writes it; here its recipe.
  it('is the same for the same seed, large too', () => {
    const large = (seed: number) => [contentOf(largeAccounts(seededRandom(seed))), contentOf(largeMembers(seededRandom(seed)))];
    const [a, b] = [large(42), large(42)];
    expect(a).toEqual(b);
    expect(a[0]).toHaveLength(LARGE.accounts);
    expect(a[1]).toHaveLength(LARGE.members);
    expect(large(43)[0]).not.toEqual(a[0]);
  });

  it('uses only data the contract accepts', () => {
    for (const account of DEMO_ACCOUNTS) expect(AccountInput.safeParse({ ...account, ownerId: null }).success).toBe(true);
    for (const member of DEMO_MEMBERS) expect(MemberInput.safeParse(member).success).toBe(true);
  });
});
