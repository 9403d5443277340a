import { useStore, type StoreApi } from 'zustand';
import type { ImportFileState } from '../../lib/import-file-store';

type Mapping = Record<string, number | null>;

/**
 * The import dialog's file, preview and file actions bound to a target's import store: what every
 * wrapper (calendar, benchmarks, work log) hands the one ImportDialog, so none wires it by hand.
 */
export function useImportFile<Preview extends { mapping: Mapping }, Result>(store: StoreApi<ImportFileState<Preview, Result>>) {
  const file = useStore(store, (s) => s.file);
  const preview = useStore(store, (s) => s.preview);
  const previewing = useStore(store, (s) => s.previewing);
  const committing = useStore(store, (s) => s.committing);
  const error = useStore(store, (s) => s.error);
  const actions = store.getState();
  return {
    preview,
    dialogProps: {
      fileName: file?.fileName ?? null,
      preview,
      previewing,
      committing,
      error,
      onPick: (picked: { fileName: string; base64: string }) => void actions.open(picked),
      onRemap: (field: string, column: number | null) => void actions.remap(field, column),
      onMapping: (mapping: Mapping) => void actions.applyMapping(mapping),
      onChooseAgain: () => actions.reset(),
    },
  };
}
