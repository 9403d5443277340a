import { accountsStore } from '../features/accounts/store';
import { backupsStore } from '../features/backups/store';
import { columnsStore } from '../features/columns/store';
import { menusStore } from '../features/menus/store';
import { settingsStore } from '../features/settings/store';
import { teamStore } from '../features/team/store';
import { workspaceStore } from '../features/workspace/store';

/** After a restore every domain's data changed at once: reload what each store had loaded. */
export async function reloadAll(): Promise<void> {
  const columns = columnsStore().getState();
  const menus = menusStore().getState();
  await Promise.all([
    workspaceStore().getState().load(),
    settingsStore().getState().load(),
    accountsStore().getState().load(),
    teamStore().getState().load(),
    backupsStore().getState().load(),
    ...Object.keys(columns.byAccount).map((id) => columns.load(id)),
    ...Object.keys(menus.byAccount).map((id) => menus.load(id)),
  ]);
}
