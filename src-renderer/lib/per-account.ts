import type { ChangeEvent } from '../../src-shared/contract/define';

interface PerAccountState {
  byAccount: Record<string, unknown>;
  load(accountId: string): Promise<void>;
}

/**
 * For stores that hold one entry per opened account (columns, menus): reloads every opened
 * account when the domain changes. The event's ids name rows, not accounts, so all are reloaded.
 */
export function reloadOpenedAccounts(onChanged: (listener: (event: ChangeEvent) => void) => unknown, domain: string, state: () => PerAccountState): void {
  onChanged((event) => {
    if (event.domain !== domain) return;
    for (const accountId of Object.keys(state().byAccount)) void state().load(accountId);
  });
}
