import { describe, expect, it } from 'vitest';
import { addEditedPaths, isTouched } from '../../../src-renderer/lib/touched-fields';

const edited = (before: unknown, after: unknown, path: string) => {
  const out = new Set<string>();
  addEditedPaths(before, after, path, out);
  return [...out].sort();
};

describe('touched fields', () => {
  it('counts a changed value and a list that grew or shrank as edits', () => {
    expect(edited('', '悦', 'name')).toEqual(['name']);
    expect(edited(undefined, '悦', 'handle')).toEqual(['handle']);
    expect(edited(null, 'm1', 'ownerId')).toEqual(['ownerId']);
    expect(edited(Number.NaN, Number.NaN, 'followers')).toEqual([]);
    expect(edited(['copywriter'], [], 'roles')).toEqual(['roles']);
    expect(edited([{ name: '月发文', target: 8 }], [{ name: '', target: 8 }], 'kpis')).toEqual(['kpis.0.name']);
  });

  it('does not count a row just added or a key that only appeared as touched', () => {
    const added = new Set(edited([], [{ name: '', target: 0, unit: '' }], 'kpis'));
    expect(added).toEqual(new Set(['kpis']));
    expect(isTouched('kpis.0.name', added)).toBe(false);
    const switched = new Set(edited({ kind: 'weekly', weekdays: [2] }, { kind: 'monthly', days: [] }, 'cadence'));
    expect([...switched]).toEqual(['cadence.kind']);
    expect(isTouched('cadence.days', switched)).toBe(false);
    expect(isTouched('cadence', switched)).toBe(true);
  });

  it('shows an error on a list once something inside it was edited', () => {
    const picked = new Set(edited({ kind: 'monthly', days: [5] }, { kind: 'monthly', days: [] }, 'cadence'));
    expect(isTouched('cadence.days', picked)).toBe(true);
    expect(isTouched('kpis', new Set(['kpis.0.name']))).toBe(true);
    expect(isTouched('name', new Set(['nameExtra']))).toBe(false);
  });
});
