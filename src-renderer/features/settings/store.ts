import { createStore, type StoreApi } from 'zustand';
import type { Language, Settings } from '../../../src-shared/contract/settings';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import { attempt, type SaveResult } from '../../lib/result';

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  error: ApiCallError | null;
  load(): Promise<void>;
  /** Switches at once; the back end keeps the choice on this device. */
  setLanguage(language: Language): Promise<SaveResult<Settings>>;
}

export function createSettingsStore(deps: ApiDeps): StoreApi<SettingsState> {
  const { api } = deps;
  const freshness = reloadOnChange(['settings'], () => store.getState().load());
  const store: StoreApi<SettingsState> = createStore<SettingsState>()((set, get) => ({
    settings: { language: 'zh-CN' },
    loaded: false,
    error: null,
    async load() {
      freshness.loading();
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
  follow(store, deps, freshness);
  return store;
}

export const [settingsStore, useSettings] = liveStore(createSettingsStore);
