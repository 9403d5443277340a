import { createStore, type StoreApi } from 'zustand';
import type { ItemFilter } from '../../../../src-shared/contract/calendar';
import { ImportField, type FullMapping, type ImportPreview, type ImportResult, type TransferFile } from '../../../../src-shared/contract/calendar-transfer';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { withoutEmptyLists } from '../../../lib/empty-lists';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import { attempt, type SaveResult } from '../../../lib/result';

export type ExportFormat = 'xlsx' | 'ics';

export interface ImportFile {
  fileName: string;
  base64: string;
}

export interface CalendarTransferState {
  /** The export being made. */
  exporting: ExportFormat | null;
  /** The file being imported; null while none is picked. */
  file: ImportFile | null;
  /** How the back end reads the file with the current mapping. */
  preview: ImportPreview | null;
  previewing: boolean;
  committing: boolean;
  /** Why the file could not be read (too large, unreadable, a bad mapping …). */
  error: ApiCallError | null;
  exportItems(format: ExportFormat, filter: ItemFilter): Promise<SaveResult<TransferFile>>;
  /** Reads a picked file with the mapping suggested from its header. */
  open(file: ImportFile): Promise<void>;
  /** Reads the file again with one field taken from another column (null: not imported). */
  remap(field: ImportField, column: number | null): Promise<void>;
  /** Reads the file again with every field's column given (a saved mapping applied by hand). */
  applyMapping(mapping: Partial<Record<string, number | null>>): Promise<void>;
  /** Reads the file again with the same mapping (the workspace changed, a mapping was saved). */
  refresh(): Promise<void>;
  /** Creates the valid rows; on success the dialog's state is cleared. */
  commit(): Promise<SaveResult<ImportResult>>;
  reset(): void;
}

const EMPTY = { file: null, preview: null, previewing: false, committing: false, error: null };

export function createCalendarTransferStore(deps: ApiDeps): StoreApi<CalendarTransferState> {
  const { api } = deps;
  let generation = 0;
  // Another window's edit (or undo) can make a row a duplicate or a name known: read the file again.
  const freshness = reloadOnChange(['calendar', 'accounts', 'columns', 'team'], () => (store.getState().committing ? undefined : store.getState().refresh()));
  const store: StoreApi<CalendarTransferState> = createStore<CalendarTransferState>()((set, get) => {
    async function read(file: ImportFile, mapping?: FullMapping): Promise<void> {
      freshness.loading();
      const mine = ++generation;
      set({ previewing: true });
      try {
        const preview = await api.calendarTransfer.previewImport({ ...file, mapping });
        if (mine === generation) set({ preview, previewing: false, error: null });
      } catch (error) {
        if (mine === generation) set({ previewing: false, error: asApiError(error) });
      }
    }
    return {
      exporting: null,
      ...EMPTY,
      async exportItems(format, filter) {
        set({ exporting: format });
        const input = { filter: withoutEmptyLists(filter) };
        const result = await attempt(() => (format === 'xlsx' ? api.calendarTransfer.exportXlsx(input) : api.calendarTransfer.exportIcs(input)));
        set({ exporting: null });
        return result;
      },
      async open(file) {
        set({ ...EMPTY, file });
        await read(file);
      },
      async remap(field, column) {
        const { file, preview } = get();
        if (!file || !preview) return;
        await read(file, { ...preview.mapping, [field]: column });
      },
      async applyMapping(mapping) {
        const { file } = get();
        if (file) await read(file, Object.fromEntries(ImportField.options.map((field) => [field, mapping[field] ?? null])) as FullMapping);
      },
      async refresh() {
        const { file, preview } = get();
        if (file && preview) await read(file, preview.mapping);
      },
      async commit() {
        const { file, preview } = get();
        if (!file || !preview) return { ok: false, error: asApiError(new Error('no file to import')) };
        set({ committing: true });
        const result = await attempt(() => api.calendarTransfer.commitImport({ ...file, mapping: preview.mapping }));
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

export const [calendarTransferStore, useCalendarTransfer] = liveStore(createCalendarTransferStore);
