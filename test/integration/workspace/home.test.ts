import { describe, expect, it } from 'vitest';
import { anAccount, openTestBackend, withWorkspace } from '../../helpers/backend';

// The renderer opens the calendar as home once the workspace has an account (issue 8): the
// status the first screen reads says whether it has one.

describe('the home screen', () => {
  it('is 账号 for a new or empty workspace, the calendar once an account lives, 账号 again when the last is deleted', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    expect((await api.workspace.firstScreen({})).status.hasAccounts).toBe(false);
    await withWorkspace(backend);
    expect((await api.workspace.status({})).hasAccounts).toBe(false);
    const account = await api.accounts.create(anAccount());
    expect((await api.workspace.firstScreen({})).status.hasAccounts).toBe(true);
    await api.accounts.remove({ id: account.id });
    expect((await api.workspace.status({})).hasAccounts).toBe(false);
  });

  it('is the calendar after the demo loads', async () => {
    const { api } = openTestBackend();
    await api.workspace.loadDemo({});
    expect((await api.workspace.status({})).hasAccounts).toBe(true);
  });
});
