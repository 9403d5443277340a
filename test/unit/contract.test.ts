import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, listMethods } from '../../src-shared/contract';
import type { MethodSpec } from '../../src-shared/contract/define';
import { AccountInput } from '../../src-shared/contract/accounts';
import { MenuTopItem } from '../../src-shared/contract/menus';
import { MemberInput } from '../../src-shared/contract/team';
import { WorkspaceInput } from '../../src-shared/contract/workspace';
import { anAccount, aMember } from '../helpers/backend';

/** The message of the first issue, or null when the input is accepted. */
function firstIssue(schema: z.ZodType, input: unknown): string | null {
  const result = schema.safeParse(input);
  return result.success ? null : result.error.issues[0]!.message;
}

describe('the contract', () => {
  it('documents every method in one line', () => {
    for (const [domain, method] of listMethods()) {
      const spec = (contract[domain].methods as Record<string, MethodSpec>)[method]!;
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
      const result = AccountInput.safeParse({ ...anAccount(), ...patch });
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
    expect(MemberInput.safeParse({ ...aMember(), roles: ['boss'] }).success).toBe(false);
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

  describe('calendar planning', () => {
    const { placeItems, attention, cadenceGaps, previewCadence, fillCadence } = contract.calendar.methods;
    const placement = { id: 'i1', date: '2026-10-06', accountId: 'a1', slot: 1, status: 'writing', columnId: null };

    it('accepts placements in the pool or on a day, and rejects bad slots, dates, statuses and repeated ids', () => {
      // Slot 0: an item of a platform without pushes (Weibo …).
      expect(firstIssue(placeItems.input, { placements: [placement, { ...placement, id: 'i2', date: '', columnId: 'c1', slot: 8 }, { ...placement, id: 'i3', slot: 0 }] })).toBeNull();
      const cases: Array<[unknown[], string]> = [
        [[], 'validation.required'],
        [[{ ...placement, slot: 9 }], 'validation.slotRange'],
        [[{ ...placement, slot: -1 }], 'validation.slotRange'],
        [[{ ...placement, date: '2026-02-30' }], 'validation.invalid'],
        [[placement, placement], 'validation.invalid'],
        [Array.from({ length: 5001 }, (_, i) => ({ ...placement, id: `i${i}` })), 'validation.tooMany'],
      ];
      for (const [placements, message] of cases) expect(firstIssue(placeItems.input, { placements })).toBe(message);
      expect(firstIssue(placeItems.input, { placements: [{ ...placement, status: 'draft' }] })).not.toBeNull();
      expect(firstIssue(placeItems.input, { placements: [{ ...placement, columnId: undefined }] })).not.toBeNull();
    });

    it('needs a real day for attention', () => {
      expect(firstIssue(attention.input, { today: '2026-10-08' })).toBeNull();
      expect(firstIssue(attention.input, { today: '2026-13-01' })).toBe('validation.invalid');
      expect(firstIssue(attention.input, {})).toBe('validation.required');
    });

    it('limits cadence ranges to 400 days in order, and a fill to 1..200 columns', () => {
      expect(firstIssue(cadenceGaps.input, { from: '2026-01-01', to: '2027-02-04' })).toBeNull();
      expect(firstIssue(cadenceGaps.input, { from: '2026-10-01', to: '2026-10-31', accountIds: ['a1'] })).toBeNull();
      expect(firstIssue(cadenceGaps.input, { from: '2026-01-01', to: '2027-02-05' })).toBe('validation.rangeTooLong');
      expect(firstIssue(cadenceGaps.input, { from: '2026-10-31', to: '2026-10-01' })).toBe('validation.rangeOrder');
      const october = { from: '2026-10-01', to: '2026-10-31' };
      for (const schema of [previewCadence.input, fillCadence.input]) {
        expect(firstIssue(schema, { ...october, columnIds: ['c1'] })).toBeNull();
        expect(firstIssue(schema, { ...october, columnIds: [] })).toBe('validation.required');
        expect(firstIssue(schema, { ...october, columnIds: Array.from({ length: 201 }, (_, i) => `c${i}`) })).toBe('validation.tooMany');
        expect(firstIssue(schema, { from: '2026-10-01', to: '2028-10-01', columnIds: ['c1'] })).toBe('validation.rangeTooLong');
        expect(firstIssue(schema, { ...october, columnIds: ['c1'], today: '2026-10-15', includePast: true })).toBeNull();
        expect(firstIssue(schema, { ...october, columnIds: ['c1'], today: '2026-02-30' })).toBe('validation.invalid');
      }
    });
  });
});
