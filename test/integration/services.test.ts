import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { MenuTopItem } from '../../src-shared/contract/menus';
import { aMember, anAccount, callUntyped, failureOf, openTestBackend, withWorkspace } from '../helpers/backend';

describe('accounts', () => {
  it('checks each account name against the workspace naming template', async () => {
    const backend = openTestBackend();
    await withWorkspace(backend);
    await backend.api.accounts.create(anAccount({ name: '悦汇·苏州购物中心', city: '苏州', businessLine: '购物中心' }));
    await backend.api.accounts.create(anAccount({ name: '苏州悦汇', city: '苏州', businessLine: '购物中心' }));
    await backend.api.accounts.create(anAccount({ name: '悦汇微博', platform: 'weibo', city: '', businessLine: '' }));
    const naming = (await backend.api.accounts.list({})).map((a) => a.naming);
    expect(naming[0]).toEqual({ status: 'follows', expected: '悦汇·苏州购物中心' });
    expect(naming[1]).toEqual({ status: 'differs', expected: '悦汇·苏州购物中心' });
    expect(naming[2]).toEqual({ status: 'incomplete', missing: ['城市', '业态'] });
  });

  it('returns field-level messages for bad input and writes nothing', async () => {
    const backend = openTestBackend();
    const refused = await failureOf(backend.api.accounts.create(anAccount({ name: '   ', followers: -5, handle: '带中文的号' })));
    const byField = Object.fromEntries(refused.issues!.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toEqual({ name: 'validation.required', followers: 'validation.nonNegative', handle: 'validation.handleChars' });
    expect(await backend.api.accounts.list({})).toEqual([]);
  });

  it('strips control characters and keeps emoji in names', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount({ name: '悦汇\u0007生活🎉\u0000' }));
    expect(account.name).toBe('悦汇生活🎉');
  });

  it('refuses an owner who is not on the team', async () => {
    const backend = openTestBackend();
    const refused = await failureOf(backend.api.accounts.create(anAccount({ ownerId: 'nobody' })));
    expect(refused.issues?.[0]?.path).toEqual(['ownerId']);
  });

  it('keeps an account editable after its owner left the team', async () => {
    const backend = openTestBackend();
    const member = await backend.api.team.create(aMember());
    const account = await backend.api.accounts.create(anAccount({ ownerId: member.id }));
    await backend.api.team.remove({ id: member.id });
    const { id, createdAt, updatedAt, naming, ...fields } = account;
    expect((await backend.api.accounts.update({ id, patch: { ...fields, followers: 1 } })).followers).toBe(1);
  });

  it('turns line breaks in names into spaces and drops bidi overrides and zero-width spaces', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount({ name: '悦汇\n上海\u202e\u200b生活👨\u200d👩' }));
    expect(account.name).toBe('悦汇 上海生活👨\u200d👩');
  });

  it('leaves the fields a partial edit does not mention as they were', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount({ notes: '保留这条备注', qrPlacement: '收银台' }));
    const edited = await backend.api.accounts.update({ id: account.id, patch: { followers: 5 } });
    expect(edited).toMatchObject({ followers: 5, notes: '保留这条备注', qrPlacement: '收银台' });
  });

  it('emits accounts.changed with the ids after a write', async () => {
    const backend = openTestBackend();
    const events: unknown[] = [];
    backend.onChange((e) => events.push(e));
    const account = await backend.api.accounts.create(anAccount());
    expect(events).toEqual([{ domain: 'accounts', ids: [account.id] }]);
  });
});

describe('columns', () => {
  it('keeps the order the operator sets and hides deleted columns until undo', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount());
    const make = (name: string) => backend.api.columns.create({ accountId: account.id, name, cadence: { kind: 'weekly', weekdays: [2] }, ownerId: null });
    const a = await make('新店速递');
    const b = await make('周末去哪儿');
    const c = await make('会员福利');
    await backend.api.columns.reorder({ accountId: account.id, ids: [c.id, a.id, b.id] });
    expect((await backend.api.columns.list({ accountId: account.id })).map((x) => x.name)).toEqual(['会员福利', '新店速递', '周末去哪儿']);
    await backend.api.columns.remove({ id: a.id });
    expect((await backend.api.columns.list({ accountId: account.id })).map((x) => x.name)).toEqual(['会员福利', '周末去哪儿']);
    await backend.api.columns.restore({ id: a.id });
    expect(await backend.api.columns.list({ accountId: account.id })).toHaveLength(3);
  });

  it('asks for at least one weekday in a weekly cadence', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount());
    const refused = await failureOf(backend.api.columns.create({ accountId: account.id, name: '周报', cadence: { kind: 'weekly', weekdays: [] }, ownerId: null }));
    expect(refused.issues?.map((i) => i.message)).toEqual(['validation.pickWeekday']);
  });
});

describe('custom menu', () => {
  it('saves 3 top items with sub-items pointing at a column, a URL and a reply', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount());
    const column = await backend.api.columns.create({ accountId: account.id, name: '会员福利', cadence: { kind: 'irregular' }, ownerId: null });
    const items: Array<z.input<typeof MenuTopItem>> = [
      {
        name: '会员',
        action: { kind: 'none' },
        children: [
          { name: '会员福利', action: { kind: 'column', columnId: column.id } },
          { name: '积分商城', action: { kind: 'url', url: 'https://example.cn/points' } },
        ],
      },
      { name: '活动', action: { kind: 'url', url: 'https://example.cn/events' }, children: [] },
      { name: '客服', action: { kind: 'reply', text: '客服热线 400-820-6688' }, children: [] },
    ];
    const menu = await backend.api.menus.save({ accountId: account.id, items });
    expect(menu.items.map((i) => [i.name, i.children.length])).toEqual([
      ['会员', 2],
      ['活动', 0],
      ['客服', 0],
    ]);
    const shorter = await backend.api.menus.save({ accountId: account.id, items: items.slice(1) });
    expect((await backend.api.menus.get({ accountId: account.id })).items).toEqual(shorter.items);
    expect(shorter.items.map((i) => i.name)).toEqual(['活动', '客服']);
  });

  it('refuses a fourth top item and a sixth sub-item', async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount());
    const reply = { kind: 'reply' as const, text: '你好' };
    const sub = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `子${i}`, action: reply }));
    const items = [
      { name: '一', action: reply, children: sub(6) },
      { name: '二', action: reply, children: [] },
      { name: '三', action: reply, children: [] },
      { name: '四', action: reply, children: [] },
    ];
    const refused = await failureOf(backend.api.menus.save({ accountId: account.id, items }));
    expect(refused.issues!.map((i) => i.message)).toEqual(['menu.problems.tooManyTop', 'menu.problems.tooManySub']);
    expect((await backend.api.menus.get({ accountId: account.id })).items).toEqual([]);
  });
});

describe('team', () => {
  it('keeps roles as a set and KPIs in order, and edits them in place', async () => {
    const backend = openTestBackend();
    const member = await backend.api.team.create(aMember({ roles: ['designer', 'copywriter'] }));
    expect(member.roles).toEqual(['copywriter', 'designer']);
    const edited = await backend.api.team.update({
      id: member.id,
      patch: {
        roles: ['approver'],
        kpis: [
          { id: member.kpis[0]!.id, name: '月发文', target: 20, unit: '篇' },
          { name: '头条阅读', target: 3000, unit: '次' },
        ],
      },
    });
    expect(edited.roles).toEqual(['approver']);
    expect(edited.kpis.map((k) => `${k.name}${k.target}${k.unit}`)).toEqual(['月发文20篇', '头条阅读3000次']);
    expect(edited.kpis[0]?.id).toBe(member.kpis[0]?.id);
    const back = await backend.api.team.update({ id: member.id, patch: { roles: ['designer', 'approver'] } });
    expect(back.roles).toEqual(['designer', 'approver']);
  });

  it('needs at least one role', async () => {
    const backend = openTestBackend();
    const refused = await failureOf(backend.api.team.create(aMember({ roles: [] })));
    expect(refused.issues?.[0]).toMatchObject({ path: ['roles'], message: 'validation.pickRole' });
  });
});

describe('deleted and unknown rows', () => {
  it("refuses to list a deleted or unknown account's columns and menu, naming the account field", async () => {
    const backend = openTestBackend();
    const account = await backend.api.accounts.create(anAccount());
    await backend.api.accounts.remove({ id: account.id });
    const unknownAccount = { code: 'validation', issues: [{ path: ['accountId'], message: 'validation.unknown.account' }] };
    expect(await failureOf(backend.api.columns.list({ accountId: account.id }))).toMatchObject(unknownAccount);
    expect(await failureOf(backend.api.menus.get({ accountId: account.id }))).toMatchObject(unknownAccount);
    expect(await failureOf(backend.api.menus.get({ accountId: 'nope' }))).toMatchObject(unknownAccount);
  });

  it('answers an unknown method, even one named like an object property, with not_found', async () => {
    const backend = openTestBackend();
    for (const channel of ['constructor.name', 'accounts.toString', '__proto__.x']) {
      const result = await callUntyped(backend, channel);
      expect(result.ok ? null : result.error.code).toBe('not_found');
    }
  });
});

describe('workspace and settings', () => {
  it('refuses a naming template with a placeholder it does not know', async () => {
    const backend = openTestBackend();
    const refused = await failureOf(backend.api.workspace.update({ name: '华东分公司', shortName: '华东', namingTemplate: '{品牌}{地区}' }));
    expect(refused.issues?.[0]).toMatchObject({ path: ['namingTemplate'], message: 'validation.unknownPlaceholder' });
  });

  it('starts uninitialized and remembers its profile and the UI language', async () => {
    const backend = openTestBackend();
    expect(await backend.api.workspace.status({})).toMatchObject({ initialized: false, workspace: null, dataDir: backend.dataDir });
    await withWorkspace(backend);
    expect((await backend.api.workspace.status({})).workspace).toMatchObject({ name: '华东分公司', shortName: '华东' });
    expect(await backend.api.settings.get({})).toEqual({ language: 'zh-CN' });
    expect(await backend.api.settings.update({ language: 'en' })).toEqual({ language: 'en' });
  });
});
