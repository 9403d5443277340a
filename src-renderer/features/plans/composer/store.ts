import { createStore, type StoreApi } from 'zustand';
import type { DocModel } from '../../../../src-shared/contract/doc-model';
import type { Plan, PlanExport, PlanExportFormat, PlanExportSummary, PlanPatch, PlanSection } from '../../../../src-shared/contract/plans';
import type { PlanSectionKey } from '../../../../src-shared/domain/plans/plan-sections';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, isForeign, liveStore, type Freshness } from '../../../lib/live-store';
import { attempt, type SaveResult } from '../../../lib/result';

// One plan in the composer: the plan, its preview (the DocModel the export writes), its recorded
// exports. Writes go one after another (a note typed, then a section moved, arrive in that order),
// show the server's answer, then redraw the preview. The preview reads the whole workspace, so a
// change in any domain redraws it while the composer is open.

/** Every domain whose rows a plan's document shows. */
const DOCUMENT_DOMAINS = ['plans', 'workspace', 'accounts', 'benchmarks', 'activities', 'costs', 'team', 'worklog', 'concerns', 'calendar', 'columns', 'menus', 'articles', 'community'] as const;

export type ExportedFile = { fileName: string; mimeType: string; base64: string };

export interface ComposerState {
  planId: string | null;
  plan: Plan | null;
  error: ApiCallError | null;
  preview: DocModel | null;
  previewError: ApiCallError | null;
  /** A preview is being composed (after an edit). */
  previewing: boolean;
  exports: PlanExportSummary[];
  exportsLoaded: boolean;
  pdfAvailable: boolean;
  locale: 'zh-CN' | 'en';
  /** Opens a plan: the plan, its preview and its exports. */
  open(planId: string, locale: 'zh-CN' | 'en'): Promise<void>;
  close(): void;
  update(patch: PlanPatch): Promise<SaveResult<Plan>>;
  setHidden(key: PlanSectionKey, hidden: boolean): Promise<SaveResult<Plan>>;
  saveNote(key: PlanSectionKey, note: PlanSection['note']): Promise<SaveResult<Plan>>;
  /** Moves a section one place up (-1) or down (+1). */
  move(key: PlanSectionKey, step: -1 | 1): Promise<SaveResult<Plan>>;
  exportFile(format: PlanExportFormat): Promise<SaveResult<ExportedFile>>;
  loadExports(): Promise<void>;
  /** A recorded export with the document it held (kept once read: a recorded export never changes). */
  readExport(exportId: string): Promise<SaveResult<PlanExport>>;
}

/** The section order after moving `key` one place; unchanged at either end. */
export function movedOrder(sections: readonly PlanSection[], key: PlanSectionKey, step: -1 | 1): PlanSectionKey[] {
  const keys = sections.map((section) => section.key);
  const from = keys.indexOf(key);
  const to = from + step;
  if (from < 0 || to < 0 || to >= keys.length) return keys;
  [keys[from], keys[to]] = [keys[to]!, keys[from]!];
  return keys;
}

export function createComposerStore(deps: ApiDeps): StoreApi<ComposerState> {
  const { api } = deps;
  let generation = 0;
  let previewGeneration = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let dirty = false;
  const recorded = new Map<string, PlanExport>();

  const current = () => store.getState().planId;
  const reloadAll = async () => {
    const { planId } = store.getState();
    if (planId) await Promise.all([loadPlan(planId), refreshPreview(), store.getState().loadExports()]);
  };
  const freshness: Freshness = {
    domains: DOCUMENT_DOMAINS,
    stale: (change) => void (dirty ||= isForeign(change)),
    staleAll: () => void (dirty = true),
    refresh: async () => {
      if (!dirty) return;
      dirty = false;
      await reloadAll();
    },
  };

  async function loadPlan(planId: string): Promise<void> {
    const mine = generation;
    try {
      const plan = await api.plans.get({ id: planId });
      if (mine === generation) store.setState({ plan, error: null });
    } catch (error) {
      if (mine === generation) store.setState({ error: asApiError(error) });
    }
  }

  /** Composes the preview again; only the newest answer shows. */
  async function refreshPreview(): Promise<void> {
    const { planId, locale } = store.getState();
    if (!planId) return;
    const mine = ++previewGeneration;
    store.setState({ previewing: true });
    try {
      const preview = await api.plans.preview({ id: planId, locale });
      if (mine === previewGeneration) store.setState({ preview, previewError: null, previewing: false });
    } catch (error) {
      if (mine === previewGeneration) store.setState({ previewError: asApiError(error), previewing: false });
    }
  }

  /** A write to the open plan, after the ones before it; its answer shows, then the preview follows. */
  function write(work: (planId: string) => Promise<Plan>): Promise<SaveResult<Plan>> {
    const planId = current();
    const run = async (): Promise<SaveResult<Plan>> => {
      if (!planId) return { ok: false, error: asApiError('no plan is open') };
      const result = await follower.write(
        () => work(planId),
        (plan) => {
          if (current() === planId) store.setState({ plan });
          return [planId];
        },
      );
      if (result.ok && current() === planId) void refreshPreview();
      return result;
    };
    const next = queue.then(run, run);
    queue = next;
    return next;
  }

  const store: StoreApi<ComposerState> = createStore<ComposerState>()((set, get) => ({
    planId: null,
    plan: null,
    error: null,
    preview: null,
    previewError: null,
    previewing: false,
    exports: [],
    exportsLoaded: false,
    pdfAvailable: false,
    locale: 'zh-CN',
    async open(planId, locale) {
      dirty = false;
      generation++;
      set({ planId, locale, ...(get().planId === planId ? {} : { plan: null, preview: null, exports: [], exportsLoaded: false, error: null, previewError: null }) });
      const pdf = api.plans.canExportPdf({}).then(
        ({ pdf: available }) => set({ pdfAvailable: available }),
        () => set({ pdfAvailable: false }),
      );
      await Promise.all([loadPlan(planId), refreshPreview(), get().loadExports(), pdf]);
    },
    close() {
      generation++;
      previewGeneration++;
      set({ planId: null, plan: null, preview: null, exports: [], exportsLoaded: false, error: null, previewError: null });
    },
    update: (patch) => write((id) => api.plans.update({ id, patch })),
    setHidden: (key, hidden) => write((planId) => api.plans.updateSection({ planId, key, hidden })),
    saveNote: (key, note) => write((planId) => api.plans.updateSection({ planId, key, note })),
    move: (key, step) => write((planId) => api.plans.reorderSections({ planId, keys: movedOrder(get().plan?.sections ?? [], key, step) })),
    async exportFile(format) {
      const { planId, locale } = get();
      // After the writes before it: the export holds the text just typed.
      await queue.catch(() => undefined);
      const result = await follower.write(
        () => api.plans.exportFile({ id: planId ?? '', format, locale }),
        (file) => [file.exportId, planId ?? ''],
      );
      if (!result.ok) return result;
      void get().loadExports();
      return { ok: true, data: { fileName: result.data.fileName, mimeType: result.data.mime, base64: result.data.base64 } };
    },
    async loadExports() {
      const planId = get().planId;
      if (!planId) return;
      try {
        const exports = await api.plans.exports({ planId });
        if (get().planId === planId) set({ exports, exportsLoaded: true });
      } catch (error) {
        if (get().planId === planId) set({ error: asApiError(error) });
      }
    },
    async readExport(exportId) {
      const known = recorded.get(exportId);
      if (known) return { ok: true, data: known };
      const result = await attempt(() => api.plans.getExport({ id: exportId }));
      if (result.ok) recorded.set(exportId, result.data);
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'plans');
  return store;
}

export const [composerStore, useComposer] = liveStore(createComposerStore);
