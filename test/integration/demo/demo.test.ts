import { describe, expect, it } from 'vitest';
import { AccountInput } from '../../../src-shared/contract/accounts';
import { MemberInput } from '../../../src-shared/contract/team';
import { DEMO_ACCOUNTS, DEMO_MEMBERS } from '../../../src-main/demo/demo-recipe';
import { writeDemoWorkspace } from '../../../src-main/session/backend';
import { failureOf, openTestBackend, tempDataDir } from '../../helpers/backend';

function contentOf(rows: Array<Record<string, unknown>>): unknown[] {
  return rows.map(({ id, createdAt, updatedAt, ownerId, accountId, kpis, ...rest }) => ({ ...rest, kpis: Array.isArray(kpis) ? kpis.map(({ id: _id, ...k }) => k) : undefined }));
}

describe('the demo workspace', () => {
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
    await api.workspace.loadDemo({});
    const once = (await api.accounts.list({})).length;
    expect(await failureOf(api.workspace.loadDemo({}))).toMatchObject({ code: 'conflict', issues: [{ message: 'validation.demo.notEmpty' }] });
    await api.workspace.loadDemo({ replace: true });
    expect((await api.accounts.list({})).length).toBe(once);
    expect((await api.calendar.listItems({ from: '2026-10-01', to: '2026-10-31' })).filter((i) => i.title === '国庆快乐｜七天乐活动全攻略')).toHaveLength(1);
    expect((await api.backups.list({})).filter((b) => b.reason === 'before-demo')).toHaveLength(1);
  });

  it('has three months of calendar items, a topic pool and two push-rule violations', async () => {
    const backend = openTestBackend();
    await backend.api.workspace.loadDemo({});
    const october = await backend.api.calendar.listItems({ from: '2026-10-01', to: '2026-10-31' });
    expect(october.length).toBeGreaterThan(50);
    expect(october.some((i) => i.title === '国庆快乐｜七天乐活动全攻略')).toBe(true);
    expect(new Set(october.map((i) => i.status))).toEqual(expect.objectContaining(new Set(['published', 'scheduled'])));
    expect((await backend.api.calendar.listPool({})).length).toBeGreaterThan(3);
    const problems = await backend.api.calendar.problems({ from: '2026-09-01', to: '2026-11-30' });
    expect(problems.map((p) => [p.code, p.date])).toEqual([
      ['subscriptionTwiceADay', '2026-10-01'],
      ['serviceOverMonthly', '2026-11'],
    ]);
  });

  it('is the same for the same seed', { timeout: 240_000 }, async () => {
    const read = async (dataDir: string) => {
      writeDemoWorkspace({ dataDir, scale: 'large', seed: 42 });
      const backend = openTestBackend({ dataDir });
      const items = await backend.api.calendar.listItems({ from: '2026-10-01', to: '2026-10-31' });
      return [contentOf(await backend.api.accounts.list({})), contentOf(await backend.api.team.list({})), contentOf(items.map(({ columnId, ...i }) => i))];
    };
    const [a, b] = [await read(tempDataDir()), await read(tempDataDir())];
    expect(a).toEqual(b);
    expect(a[0]).toHaveLength(50);
    expect(a[1]).toHaveLength(40);
    expect(a[2]!.length).toBeGreaterThan(800); // the benchmarks' dense month
  });

  it('uses only data the contract accepts', () => {
    for (const account of DEMO_ACCOUNTS) expect(AccountInput.safeParse({ ...account, ownerId: null }).success).toBe(true);
    for (const member of DEMO_MEMBERS) expect(MemberInput.safeParse(member).success).toBe(true);
  });
});
