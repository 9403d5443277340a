import { describe, expect, it } from 'vitest';
import type { SavedMapping } from '../../../../src-shared/contract/imports';
import { createImportMappingsStore } from '../../../../src-renderer/features/imports/store';
import { fakeBackend } from '../fake-api';

function mappingsBackend() {
  const saved: SavedMapping[] = [];
  const backend = fakeBackend({
    imports: {
      listMappings: ({ target }: { target: string }) => saved.filter((m) => m.target === target),
      saveMapping: (input: Omit<SavedMapping, 'id' | 'headerKey' | 'updatedAt'> & { header: string[] }) => {
        const mapping: SavedMapping = { id: `m${saved.length + 1}`, target: input.target, name: input.name, headerKey: input.header.join('|'), mapping: input.mapping, updatedAt: '' };
        saved.push(mapping);
        return mapping;
      },
      deleteMapping: ({ id }: { id: string }) => {
        saved.splice(
          saved.findIndex((m) => m.id === id),
          1,
        );
        return { ok: true };
      },
    },
  });
  return { backend, saved };
}

describe('saved import mappings store', () => {
  it('lists a target’s mappings, shows a saved one at once and drops a deleted one', async () => {
    const { backend } = mappingsBackend();
    const store = createImportMappingsStore(backend);
    await store.getState().load('calendar');
    expect(store.getState().mappings).toEqual([]);
    const result = await store.getState().save({ target: 'calendar', name: '市场部排期表', header: ['账号', '标题'], mapping: { account: 0, title: 1 } });
    expect(result.ok).toBe(true);
    expect(store.getState().mappings.map((m) => m.name)).toEqual(['市场部排期表']);
    await store.getState().save({ target: 'benchmarks', name: '新榜', header: ['公众号'], mapping: { account: 0 } });
    expect(store.getState().mappings.map((m) => m.name)).toEqual(['市场部排期表']);
    await store.getState().remove('m1');
    expect(store.getState().mappings).toEqual([]);
  });
});
