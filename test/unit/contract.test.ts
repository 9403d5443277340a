import { describe, expect, it } from 'vitest';
import { contract, listMethods } from '../../src-shared/contract';
import { AccountInput } from '../../src-shared/contract/accounts';
import { MenuTopItem } from '../../src-shared/contract/menus';
import { MemberInput } from '../../src-shared/contract/team';
import { WorkspaceInput } from '../../src-shared/contract/workspace';
import { anAccount, aMember } from '../helpers/backend';

describe('the contract', () => {
  it('documents every method in one line', () => {
    for (const [domain, method] of listMethods()) {
      const spec = (contract as any)[domain].methods[method];
      expect(spec.doc, `${domain}.${method}`).toMatch(/^\S.{8,}\.$/);
      expect(spec.doc).not.toContain('\n');
    }
  });

  it('accepts a good account and rejects each kind of bad field with its message key', () => {
    expect(AccountInput.safeParse(anAccount()).success).toBe(true);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '' }, 'validation.required'],
      [{ name: 'x'.repeat(31) }, 'validation.tooLong'],
      [{ followers: 1.5 }, 'validation.integer'],
      [{ followers: -1 }, 'validation.nonNegative'],
      [{ handle: '中文号' }, 'validation.handleChars'],
    ];
    for (const [patch, message] of cases) {
      const result = AccountInput.safeParse(anAccount(patch as any));
      expect(result.success ? null : result.error.issues[0]!.message).toBe(message);
    }
    expect(AccountInput.safeParse({ ...anAccount(), platform: 'myspace' }).success).toBe(false);
  });

  it('counts an emoji as one character in length limits', () => {
    expect(AccountInput.safeParse(anAccount({ name: '🎉'.repeat(30) })).success).toBe(true);
    expect(AccountInput.safeParse(anAccount({ name: '🎉'.repeat(31) })).success).toBe(false);
  });

  it('accepts members with roles and KPIs and rejects a negative KPI target', () => {
    expect(MemberInput.safeParse(aMember()).success).toBe(true);
    expect(MemberInput.safeParse(aMember({ kpis: [{ name: '阅读', target: -1 }] })).success).toBe(false);
    expect(MemberInput.safeParse(aMember({ roles: ['boss' as any] })).success).toBe(false);
  });

  it('requires a workspace name and short name', () => {
    expect(WorkspaceInput.safeParse({ name: '华东分公司', shortName: '华东' }).success).toBe(true);
    expect(WorkspaceInput.safeParse({ name: '华东分公司', shortName: ' ' }).success).toBe(false);
  });

  it('accepts menu items of each action kind', () => {
    for (const action of [{ kind: 'none' }, { kind: 'url', url: 'https://a.cn' }, { kind: 'reply', text: '你好' }, { kind: 'column', columnId: 'c1' }]) {
      expect(MenuTopItem.safeParse({ name: '菜单', action, children: [] }).success).toBe(true);
    }
    expect(MenuTopItem.safeParse({ name: '菜单', action: { kind: 'miniprogram' }, children: [] }).success).toBe(false);
  });
});
