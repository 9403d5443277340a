import { describe, expect, it } from 'vitest';
import { callOk, openTestBackend } from '../../helpers/backend';

describe('workspace.firstScreen', () => {
  it('answers with what the four separate reads answer', async () => {
    const backend = openTestBackend();
    await callOk(backend, 'workspace.loadDemo');
    await callOk(backend, 'settings.update', { language: 'en' });
    const first = await callOk(backend, 'workspace.firstScreen');
    expect(first).toEqual({
      status: await callOk(backend, 'workspace.status'),
      settings: { language: 'en' },
      accounts: await callOk(backend, 'accounts.list'),
      team: await callOk(backend, 'team.list'),
    });
    expect(first.accounts.length).toBeGreaterThan(0);
  });

  it('tells a new install to show the first launch, with nothing to list', async () => {
    const backend = openTestBackend();
    const first = await callOk(backend, 'workspace.firstScreen');
    expect(first.status).toMatchObject({ initialized: false, workspace: null });
    expect(first).toMatchObject({ settings: { language: 'zh-CN' }, accounts: [], team: [] });
  });
});
