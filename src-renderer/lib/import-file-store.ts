import { createStore, type StoreApi } from 'zustand';
import { asApiError, type ApiCallError, type ApiDeps } from './api';
import { follow, reloadOnChange } from './live-store';
import { attempt, type SaveResult } from './result';

// The state of the one import dialog (features/imports) over any target: the picked file, the
// preview with the current mapping, remapping a column, committing. A target gives its preview
// and commit calls; the dialog's wrapper reads this store.

export interface PickedFile {
  fileName: string;
  base64: string;
}

type Mapping = Record<string, number | null>;

export interface ImportFileState<Preview extends { mapping: Mapping }, Result> {
  file: PickedFile | null;
  preview: Preview | null;
  previewing: boolean;
  committing: boolean;
  /** Why the file could not be read (too large, unreadable, a bad mapping …). */
  error: ApiCallError | null;
  open(file: PickedFile): Promise<void>;
  /** Reads the file again with one field taken from another column (null: not imported). */
  remap(field: string, column: number | null): Promise<void>;
  /** Reads the file again with every field's column given (a saved mapping applied by hand). */
  applyMapping(mapping: Mapping): Promise<void>;
  /** Reads the file again with the same mapping (the workspace changed, a mapping was saved). */
  refresh(): Promise<void>;
  /** Writes the valid rows; on success the state is cleared. */
  commit(): Promise<SaveResult<Result>>;
  reset(): void;
}

export interface ImportCalls<Preview, Result> {
  preview(file: PickedFile, mapping?: Mapping): Promise<Preview>;
  commit(file: PickedFile, mapping: Mapping): Promise<Result>;
}

const EMPTY = { file: null, preview: null, previewing: false, committing: false, error: null };

/** `domains`: whose changes can turn a row into a duplicate or make a name known, so the file is read again. */
export function createImportFileStore<Preview extends { mapping: Mapping }, Result>(calls: ImportCalls<Preview, Result>, deps: ApiDeps, domains: readonly string[]): StoreApi<ImportFileState<Preview, Result>> {
  let generation = 0;
  const freshness = reloadOnChange(domains, () => (store.getState().committing ? undefined : store.getState().refresh()));
  const store: StoreApi<ImportFileState<Preview, Result>> = createStore<ImportFileState<Preview, Result>>()((set, get) => {
    async function read(file: PickedFile, mapping?: Mapping): Promise<void> {
      freshness.loading();
      const mine = ++generation;
      set({ previewing: true });
      try {
        const preview = await calls.preview(file, mapping);
        if (mine === generation) set({ preview, previewing: false, error: null });
      } catch (error) {
        if (mine === generation) set({ previewing: false, error: asApiError(error) });
      }
    }
    return {
      ...EMPTY,
      async open(file) {
        set({ ...EMPTY, file });
        await read(file);
      },
      async remap(field, column) {
        const { file, preview } = get();
        if (file && preview) await read(file, { ...preview.mapping, [field]: column });
      },
      async applyMapping(mapping) {
        const { file } = get();
        if (file) await read(file, mapping);
      },
      async refresh() {
        const { file, preview } = get();
        if (file && preview) await read(file, preview.mapping);
      },
      async commit() {
        const { file, preview } = get();
        if (!file || !preview) return { ok: false, error: asApiError(new Error('no file to import')) };
        set({ committing: true });
        const result = await attempt(() => calls.commit(file, preview.mapping));
        if (result.ok) get().reset();
        else set({ committing: false });
        return result;
      },
      reset() {
        generation++;
        set(EMPTY);
      },
    };
  });
  follow(store, deps, freshness);
  return store;
}
