import { createStore, type StoreApi } from 'zustand';
import type { LintExemptionRow, LintWordEntry } from '../../../../src-shared/contract/lint-words';
import type { LintFinding } from '../../../../src-shared/domain/articles/lint';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import type { SaveResult } from '../../../lib/result';

// What the live check of the open article needs besides the article: the effective word list
// (built-in + the workspace's, refreshed when 设置 changes it) and the article's accepted
// occurrences. `words` keeps its identity until the list changes, so the linter builds its
// matcher once.

export interface ArticleLintState {
  articleId: string | null;
  words: readonly LintWordEntry[];
  exemptions: readonly LintExemptionRow[];
  loading: boolean;
  error: ApiCallError | null;
  /** The finding whose exemption is being saved or taken back. */
  busyId: string | null;
  /** Loads the word list and the article's exemptions (again when another article opens). */
  open(articleId: string): Promise<void>;
  load(): Promise<void>;
  /** Accepts one occurrence (a finding with a word). */
  exempt(finding: LintFinding, note?: string): Promise<SaveResult<LintExemptionRow>>;
  /** Takes the acceptance of an exempted finding back. */
  undoExempt(finding: LintFinding): Promise<SaveResult<unknown>>;
}

const sameOccurrence = (row: LintExemptionRow, f: LintFinding) => row.rule === f.rule && row.word === f.word && row.context === f.context;

export function createArticleLintStore(deps: ApiDeps): StoreApi<ArticleLintState> {
  const { api } = deps;
  const freshness = reloadOnChange(['lintWords'], () => store.getState().load());
  const store: StoreApi<ArticleLintState> = createStore<ArticleLintState>()((set, get) => ({
    articleId: null,
    words: [],
    exemptions: [],
    loading: false,
    error: null,
    busyId: null,
    async open(articleId) {
      if (get().articleId !== articleId) set({ articleId, exemptions: [] });
      await get().load();
    },
    async load() {
      const { articleId } = get();
      freshness.loading();
      set({ loading: true });
      try {
        const [words, exemptions] = await Promise.all([api.lintWords.listWords({}), articleId ? api.lintWords.listExemptions({ articleId }) : Promise.resolve([])]);
        if (get().articleId !== articleId) return;
        const unchanged = JSON.stringify(words) === JSON.stringify(get().words);
        set({ words: unchanged ? get().words : words, exemptions, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async exempt(finding, note) {
      const { articleId } = get();
      if (!articleId || finding.word === null) throw new Error('only a finding with a word of an open article can be exempted');
      const word = finding.word;
      set({ busyId: finding.id });
      const result = await follower.write(
        () => api.lintWords.addExemption({ articleId, rule: finding.rule, word, context: finding.context, note }),
        (row) => [row.id],
      );
      if (result.ok && get().articleId === articleId) set({ exemptions: [...get().exemptions.filter((e) => e.id !== result.data.id), result.data] });
      set({ busyId: null });
      return result;
    },
    async undoExempt(finding) {
      const rows = get().exemptions.filter((row) => sameOccurrence(row, finding));
      set({ busyId: finding.id });
      const result = await follower.write(
        () => Promise.all(rows.map((row) => api.lintWords.removeExemption({ id: row.id }))),
        () => rows.map((row) => row.id),
      );
      if (result.ok) set({ exemptions: get().exemptions.filter((row) => !rows.includes(row)) });
      set({ busyId: null });
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'lintWords');
  return store;
}

export const [articleLintStore, useArticleLint] = liveStore((deps) => createArticleLintStore(deps));
