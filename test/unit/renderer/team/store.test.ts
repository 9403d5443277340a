import { describe, expect, it } from 'vitest';
import { createTeamStore } from '../../../../src-renderer/features/team/store';
import { fakeBackend } from '../fake-api';

const aMember = { name: '林晓', roles: ['copywriter' as const], dailyDuties: '写稿', contact: '', kpis: [{ name: '月发文', target: 8, unit: '篇' }] };

describe('team store', () => {
  it('adds a member with KPIs', async () => {
    const store = createTeamStore(fakeBackend());
    const result = await store.getState().save(aMember);
    expect(result.ok).toBe(true);
    expect(store.getState().rows[0]?.kpis[0]).toMatchObject({ name: '月发文', target: 8, unit: '篇' });
  });

  it('refuses a member without a role, on the roles field', async () => {
    const store = createTeamStore(fakeBackend());
    const result = await store.getState().save({ ...aMember, roles: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ path: ['roles'], message: 'validation.pickRole' });
  });

  it('points a KPI issue at its row', async () => {
    const store = createTeamStore(fakeBackend());
    const result = await store.getState().save({
      ...aMember,
      kpis: [
        { name: '月发文', target: 8 },
        { name: '', target: 1 },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['kpis', 1, 'name']);
  });

  it('remove then undo brings the member back', async () => {
    const backend = fakeBackend();
    const store = createTeamStore(backend);
    const saved = await store.getState().save(aMember);
    if (!saved.ok) throw saved.error;
    await store.getState().remove(saved.data.id);
    expect(store.getState().rows).toHaveLength(0);
    await store.getState().restore(saved.data.id);
    expect(store.getState().rows.map((m) => m.name)).toEqual(['林晓']);
  });
});
