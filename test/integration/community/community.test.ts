import { describe, expect, it } from 'vitest';
import type { ScriptInput } from '../../../src-shared/contract/community';
import { aMember, anAccount, failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';

async function aGroup({ api }: TestBackend, name = '悦汇·苏州会员群') {
  return api.accounts.create(anAccount({ platform: 'wecom_group', name, handle: '', verified: false, updateFrequency: 'daily' }));
}

const welcome = (groupId: string | null, overrides: Partial<ScriptInput> = {}): ScriptInput => ({ groupId, kind: 'welcome', title: '入群欢迎', text: '欢迎加入悦汇会员群🎉\n每周三有福利', ...overrides });

describe('community SOP (社群)', () => {
  it('lists only wecom_group accounts, with a profile that is saved on first edit', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    await api.accounts.create(anAccount());
    const group = await aGroup(backend);
    expect(await api.community.groups({})).toEqual([{ id: group.id, name: '悦汇·苏州会员群', positioning: '', ownerId: null, adminIds: [], notes: '', scriptCount: 0 }]);

    const owner = await api.team.create(aMember({ name: '周婷' }));
    const admin = await api.team.create(aMember({ name: '李娜' }));
    const saved = await api.community.updateGroup({ id: group.id, patch: { positioning: '苏州会员福利与活动通知', ownerId: owner.id, adminIds: [admin.id, owner.id, admin.id] } });
    expect(saved).toMatchObject({ positioning: '苏州会员福利与活动通知', ownerId: owner.id, adminIds: [admin.id, owner.id] });
    expect((await api.community.updateGroup({ id: group.id, patch: { notes: '群满 480 人开二群' } })).positioning).toBe('苏州会员福利与活动通知');

    expect((await failureOf(api.community.updateGroup({ id: group.id, patch: { adminIds: ['nobody'] } }))).issues).toEqual([{ path: ['adminIds'], message: 'validation.unknown.member' }]);
    const notAGroup = (await api.accounts.list({}))[0]!.id;
    expect((await failureOf(api.community.getGroup({ id: notAGroup }))).issues).toEqual([{ path: ['id'], message: 'validation.community.notGroup' }]);
  });

  it('keeps scripts by kind and order, reorders them and copies a template into a group', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const group = await aGroup(backend);
    const first = await api.community.createScript(welcome(group.id));
    const rule = await api.community.createScript({ groupId: group.id, kind: 'rule', title: '群规', text: '禁止发广告' });
    const second = await api.community.createScript(welcome(group.id, { title: '老会员欢迎' }));
    const reply = await api.community.createScript({ groupId: group.id, kind: 'keyword', title: '停车', keyword: '停车', text: '会员停车前 2 小时免费' });
    expect((await api.community.scripts({ groupId: group.id })).map((s) => s.title)).toEqual(['入群欢迎', '老会员欢迎', '停车', '群规']);
    expect(reply.keyword).toBe('停车');
    expect(rule.keyword).toBe('');

    await api.community.reorderScripts({ ids: [second.id, first.id] });
    expect((await api.community.scripts({ groupId: group.id })).map((s) => s.title)).toEqual(['老会员欢迎', '入群欢迎', '停车', '群规']);

    const template = await api.community.createScript({ groupId: null, kind: 'announcement', title: '月度活动公告', text: '本月活动：{活动名}' });
    expect((await api.community.scripts({ groupId: null })).map((s) => s.id)).toEqual([template.id]);
    const copy = await api.community.copyTemplate({ templateId: template.id, groupId: group.id });
    expect(copy).toMatchObject({ groupId: group.id, kind: 'announcement', title: '月度活动公告', text: '本月活动：{活动名}' });
    expect(copy.id).not.toBe(template.id);
    expect((await api.community.groups({}))[0]!.scriptCount).toBe(5);
    expect((await failureOf(api.community.copyTemplate({ templateId: first.id, groupId: group.id }))).code).toBe('not_found');
  });

  it('refuses a keyword reply without its keyword, an empty text and an unknown group, and keeps emoji and long text', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const group = await aGroup(backend);
    expect((await failureOf(api.community.createScript({ groupId: group.id, kind: 'keyword', text: '回复' }))).issues).toEqual([{ path: ['keyword'], message: 'validation.required' }]);
    expect((await failureOf(api.community.createScript(welcome(group.id, { text: ' \u0000 ' })))).issues).toEqual([{ path: ['text'], message: 'validation.required' }]);
    expect((await failureOf(api.community.createScript(welcome('no-such-group')))).issues).toEqual([{ path: ['groupId'], message: 'validation.community.notGroup' }]);
    const script = await api.community.createScript(welcome(group.id));
    expect((await failureOf(api.community.updateScript({ id: script.id, patch: { kind: 'keyword' } }))).issues).toEqual([{ path: ['keyword'], message: 'validation.required' }]);

    const long = '福'.repeat(2000);
    const updated = await api.community.updateScript({ id: script.id, patch: { text: `🎉欢迎\u0007\n${long}` } });
    expect(updated.text).toBe(`🎉欢迎\n${long}`);
  });

  it('deletes and restores a script', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const group = await aGroup(backend);
    const script = await api.community.createScript(welcome(group.id));
    await api.community.removeScript({ id: script.id });
    expect(await api.community.scripts({ groupId: group.id })).toEqual([]);
    expect(await api.community.restoreScript({ id: script.id })).toMatchObject({ title: '入群欢迎', text: script.text });
    expect((await api.community.scripts({ groupId: group.id })).map((s) => s.id)).toEqual([script.id]);
  });
});
