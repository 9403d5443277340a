import { createStore, type StoreApi } from 'zustand';
import type { AnyColumnMapping, ImportTarget, SavedMapping } from '../../../src-shared/contract/imports';
import type { ApiDeps } from '../../lib/api';
import { liveStore } from '../../lib/live-store';
import { attempt, type SaveResult } from '../../lib/result';

// Saved column mappings (imports.*), for every import dialog: the list of a target's mappings to
// apply by hand, saving the current one ("保存此对应关系") and deleting one. A file whose header
// matches a saved mapping gets it from the back end without asking (the preview says which).

export interface ImportMappingsState {
  target: ImportTarget | null;
  mappings: SavedMapping[];
  /** Lists a target's saved mappings (the dialog opening). */
  load(target: ImportTarget): Promise<void>;
  save(input: { target: ImportTarget; name: string; header: string[]; mapping: AnyColumnMapping }): Promise<SaveResult<SavedMapping>>;
  remove(id: string): Promise<SaveResult<unknown>>;
}

export function createImportMappingsStore({ api }: ApiDeps): StoreApi<ImportMappingsState> {
  return createStore<ImportMappingsState>()((set, get) => {
    async function reload(target: ImportTarget) {
      const result = await attempt(() => api.imports.listMappings({ target }));
      if (result.ok && get().target === target) set({ mappings: result.data });
    }
    return {
      target: null,
      mappings: [],
      async load(target) {
        set({ target, mappings: get().target === target ? get().mappings : [] });
        await reload(target);
      },
      async save(input) {
        const result = await attempt(() => api.imports.saveMapping(input));
        if (result.ok) await reload(input.target);
        return result;
      },
      async remove(id) {
        const result = await attempt(() => api.imports.deleteMapping({ id }));
        const { target } = get();
        if (result.ok && target) await reload(target);
        return result;
      },
    };
  });
}

export const [importMappingsStore, useImportMappings] = liveStore(createImportMappingsStore);
