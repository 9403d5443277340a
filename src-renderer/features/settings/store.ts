import { createStore, useStore, type StoreApi } from 'zustand';
import type { Language, Settings } from '../../../src-shared/contract/settings';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { attempt, type SaveResult } from '../../lib/result';

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  error: ApiCallError | null;
  load(): Promise<void>;
  /** Switches at once; the back end keeps the choice on this device. */
  setLanguage(language: Language): Promise<SaveResult<Settings>>;
}

export function createSettingsStore({ api, onChanged }: ApiDeps): StoreApi<SettingsState> {
  const store = createStore<SettingsState>()((set, get) => ({
    settings: { language: 'zh-CN' },
    loaded: false,
    error: null,
    async load() {
      try {
        set({ settings: await api.settings.get({}), loaded: true, error: null });
      } catch (error) {
        // Without the back end's answer the UI still starts, in Chinese.
        set({ loaded: true, error: asApiError(error) });
      }
    },
    async setLanguage(language) {
      const before = get().settings;
      set({ settings: { ...before, language } });
      const result = await attempt(() => api.settings.update({ language }));
      set({ settings: result.ok ? result.data : before });
      return result;
    },
  }));
  onChanged((event) => {
    if (event.domain === 'settings') void store.getState().load();
  });
  return store;
}

let live: StoreApi<SettingsState> | undefined;
export function settingsStore(): StoreApi<SettingsState> {
  return (live ??= createSettingsStore(liveDeps()));
}
export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(settingsStore(), selector);
}
