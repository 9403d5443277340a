import { createStore, type StoreApi } from 'zustand';
import type { BenchmarkImportPreview, BenchmarkImportResult, BenchmarkLayout } from '../../../../../src-shared/contract/benchmarks';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../../../lib/live-store';
import type { SaveResult } from '../../../../lib/result';

// 导入文件 on 录入数据: a benchmarks file through the one import dialog (features/imports), read
// with a layout (detected when not given) and, for the WeChat backend's files, an own account.

export interface ImportFile {
  fileName: string;
  base64: string;
}

export interface BenchImportState {
  file: ImportFile | null;
  /** undefined: detected from the header. */
  layout: BenchmarkLayout | undefined;
  accountId: string | undefined;
  preview: BenchmarkImportPreview | null;
  previewing: boolean;
  committing: boolean;
  error: ApiCallError | null;
  open(file: ImportFile): Promise<void>;
  setLayout(layout: BenchmarkLayout | undefined): Promise<void>;
  setAccount(accountId: string | undefined): Promise<void>;
  remap(field: string, column: number | null): Promise<void>;
  applyMapping(mapping: Record<string, number | null>): Promise<void>;
  refresh(): Promise<void>;
  commit(): Promise<SaveResult<BenchmarkImportResult>>;
  reset(): void;
}

const EMPTY = { file: null, layout: undefined, accountId: undefined, preview: null, previewing: false, committing: false, error: null };

export function createBenchImportStore(deps: ApiDeps): StoreApi<BenchImportState> {
  const { api } = deps;
  let generation = 0;
  const freshness = reloadOnChange(['benchmarks', 'accounts'], () => (store.getState().committing ? undefined : store.getState().refresh()));
  const store: StoreApi<BenchImportState> = createStore<BenchImportState>()((set, get) => {
    async function read(mapping?: Record<string, number | null>): Promise<void> {
      const { file, layout, accountId } = get();
      if (!file) return;
      freshness.loading();
      const mine = ++generation;
      set({ previewing: true });
      try {
        const preview = await api.benchmarks.previewImport({ ...file, layout, accountId, mapping });
        if (mine === generation) set({ preview, previewing: false, error: null });
      } catch (error) {
        if (mine === generation) set({ previewing: false, error: asApiError(error) });
      }
    }
    return {
      ...EMPTY,
      async open(file) {
        set({ ...EMPTY, layout: get().layout, accountId: get().accountId, file });
        await read();
      },
      async setLayout(layout) {
        set({ layout });
        await read();
      },
      async setAccount(accountId) {
        set({ accountId });
        await read(get().preview?.mapping);
      },
      async remap(field, column) {
        const { preview } = get();
        if (preview) await read({ ...preview.mapping, [field]: column });
      },
      applyMapping: (mapping) => read(mapping),
      refresh: () => read(get().preview?.mapping),
      async commit() {
        const { file, layout, accountId, preview } = get();
        if (!file) return { ok: false, error: asApiError(new Error('no file')) };
        set({ committing: true });
        const result = await follower.write(
          () => api.benchmarks.commitImport({ ...file, layout: layout ?? preview?.layout, accountId: accountId ?? preview?.accountId ?? undefined, mapping: preview?.mapping }),
          () => 'domain',
        );
        set({ committing: false });
        return result;
      },
      reset: () => set({ ...EMPTY }),
    };
  });
  const follower = follow(store, deps, freshness, 'benchmarks');
  return store;
}

export const [benchImportStore, useBenchImport] = liveStore(createBenchImportStore);
