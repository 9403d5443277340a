import { createStore, type StoreApi } from 'zustand';
import type { LintWordEntry, LintWordInput } from '../../../src-shared/contract/lint-words';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import type { SaveResult } from '../../lib/result';

// The word list in 设置: the effective list (built-in words, changed or turned off, and the
// workspace's own), and the edits to it. Each write shows the server's answer at once.

export interface LintWordsState {
  words: LintWordEntry[];
  loading: boolean;
  error: ApiCallError | null;
  /** The word being saved. */
  busy: string | null;
  load(): Promise<void>;
  add(input: LintWordInput): Promise<SaveResult<LintWordEntry>>;
  update(word: string, patch: Omit<LintWordInput, 'word'>): Promise<SaveResult<LintWordEntry>>;
  setDisabled(word: string, disabled: boolean): Promise<SaveResult<LintWordEntry>>;
  /** Deletes a workspace word, or resets a changed built-in word. */
  remove(word: string): Promise<SaveResult<unknown>>;
}

export function createLintWordsStore(deps: ApiDeps): StoreApi<LintWordsState> {
  const { api } = deps;
  const freshness = reloadOnChange(['lintWords'], () => store.getState().load());
  const store: StoreApi<LintWordsState> = createStore<LintWordsState>()((set, get) => {
    /** Runs a write of one word and puts its answer in the list (or reloads, for a removal). */
    async function writeWord<T>(word: string, work: () => Promise<T>, show: (answer: T) => void): Promise<SaveResult<T>> {
      set({ busy: word });
      const result = await follower.write(work, () => 'domain');
      if (result.ok) show(result.data);
      set({ busy: null });
      return result;
    }
    const replace = (entry: LintWordEntry) => {
      const words = get().words;
      const at = words.findIndex((w) => w.word === entry.word);
      set({ words: at < 0 ? [...words, entry] : words.map((w, i) => (i === at ? entry : w)) });
    };
    return {
      words: [],
      loading: false,
      error: null,
      busy: null,
      async load() {
        freshness.loading();
        set({ loading: true });
        try {
          set({ words: await api.lintWords.listWords({}), loading: false, error: null });
        } catch (error) {
          set({ loading: false, error: asApiError(error) });
        }
      },
      add: (input) => writeWord(input.word, () => api.lintWords.addWord(input), replace),
      update: (word, patch) => writeWord(word, () => api.lintWords.updateWord({ word, patch }), replace),
      setDisabled: (word, disabled) => writeWord(word, () => api.lintWords.setWordDisabled({ word, disabled }), replace),
      remove: (word) =>
        writeWord(
          word,
          () => api.lintWords.removeWord({ word }),
          () => void get().load(),
        ),
    };
  });
  const follower = follow(store, deps, freshness, 'lintWords');
  return store;
}

export const [lintWordsStore, useLintWords] = liveStore((deps) => createLintWordsStore(deps));
