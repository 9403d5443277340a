import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { FirstScreen } from '../src-shared/contract/workspace';
import { accountsStore } from './features/accounts/store';
import { remindersStore } from './features/reminders/store';
import { settingsStore } from './features/settings/store';
import { teamStore } from './features/team/store';
import { workspaceStore } from './features/workspace/store';
import { App } from './shell/App';
import { initI18n } from './i18n';
import { liveDeps } from './lib/api';

/** Fills the stores the first screen reads, all in one tick, so React paints once. */
function seed({ status, settings, accounts, team, reminders }: FirstScreen): void {
  workspaceStore().setState({ status, error: null });
  settingsStore().setState({ settings, loaded: true, error: null });
  accountsStore().setState({ rows: accounts, loaded: true, loading: false, error: null });
  teamStore().setState({ rows: team, loaded: true, loading: false, error: null });
  remindersStore().setState({ reminders, loaded: true, error: null });
}

/**
 * The calendar is the screen opened most after the first one: its code loads and runs while the
 * operator reads the first screen, so opening it costs no more than showing another month.
 */
function warmCalendar(): void {
  requestIdleCallback(() => void import('./features/calendar/CalendarPage'));
}

// The first screen's data is asked for in one call before React mounts, so it travels while the
// UI renders. Should that call fail, each store loads on its own and reports its own error.
liveDeps()
  .api.workspace.firstScreen({})
  .then(
    (data) => {
      seed(data);
      warmCalendar();
    },
    () => {
      for (const load of [workspaceStore, settingsStore, accountsStore, teamStore, remindersStore]) void load().getState().load();
    },
  );

initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
