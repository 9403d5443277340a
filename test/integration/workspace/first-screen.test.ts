import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../../helpers/backend';

describe('workspace.firstScreen', () => {
  it('answers with what the four separate reads answer', async () => {
    const { api } = openTestBackend();
    await api.workspace.loadDemo({});
    await api.settings.update({ language: 'en' });
    const first = await api.workspace.firstScreen({});
    expect(first).toEqual({
      status: await api.workspace.status({}),
      settings: { language: 'en' },
      accounts: await api.accounts.list({}),
      team: await api.team.list({}),
      reminders: await api.reminders.get({}),
    });
    expect(first.accounts.length).toBeGreaterThan(0);
  });

  it('tells a new install to show the first launch, with nothing to list', async () => {
    const { api } = openTestBackend();
    const first = await api.workspace.firstScreen({});
    expect(first.status).toMatchObject({ initialized: false, workspace: null });
    expect(first).toMatchObject({ settings: { language: 'zh-CN' }, accounts: [], team: [], reminders: { settings: { notifications: false } } });
  });
});
