import type { StoreApi } from 'zustand';
import type { TransferFile } from '../../../../src-shared/contract/imports';
import type { WorklogImportPreview, WorklogImportResult } from '../../../../src-shared/contract/worklog';
import type { ApiDeps } from '../../../lib/api';
import { createImportFileStore, type ImportFileState } from '../../../lib/import-file-store';
import { liveStore } from '../../../lib/live-store';
import { attempt, type SaveResult } from '../../../lib/result';

// The work log's import (the one dialog's state over worklog.previewImport / commitImport) and export.

export interface WorklogTransferState extends ImportFileState<WorklogImportPreview, WorklogImportResult> {
  exportRange(range: { from: string; to: string }, format: 'xlsx' | 'csv'): Promise<SaveResult<TransferFile>>;
}

export function createWorklogTransferStore(deps: ApiDeps): StoreApi<WorklogTransferState> {
  const { api } = deps;
  const calls = {
    preview: (file: { fileName: string; base64: string }, mapping?: Record<string, number | null>) => api.worklog.previewImport({ ...file, mapping }),
    commit: (file: { fileName: string; base64: string }, mapping: Record<string, number | null>) => api.worklog.commitImport({ ...file, mapping }),
  };
  const store = createImportFileStore(calls, deps, ['worklog', 'team', 'calendar', 'activities', 'concerns']) as StoreApi<WorklogTransferState>;
  store.setState({ exportRange: (range, format) => attempt(() => api.worklog.export({ ...range, format })) });
  return store;
}

export const [worklogTransferStore, useWorklogTransfer] = liveStore(createWorklogTransferStore);
