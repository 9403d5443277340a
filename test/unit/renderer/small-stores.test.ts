import { describe, expect, it, vi } from 'vitest';
import type { Backup } from '../../../src-shared/contract/backups';
import type { Menu } from '../../../src-shared/contract/menus';
import type { WorkspaceStatus } from '../../../src-shared/contract/workspace';
import { createBackupsStore } from '../../../src-renderer/features/backups/store';
import { createMenusStore } from '../../../src-renderer/features/menus/store';
import { createSettingsStore } from '../../../src-renderer/features/settings/store';
import { createWorkspaceStore } from '../../../src-renderer/features/workspace/store';
import { ApiCallError } from '../../../src-renderer/lib/api';
import { fakeBackend, onScreen, settle } from './fake-api';

describe('settings store', () => {
  it('keeps the chosen language and goes back when the back end refuses', async () => {
    let saved = { language: 'zh-CN' as 'zh-CN' | 'en' };
    let refuse = false;
    const store = createSettingsStore(
      fakeBackend({
        settings: {
          get: () => saved,
          update: (patch: Partial<typeof saved>) => {
            if (refuse) throw new ApiCallError('internal', 'disk full');
            return (saved = { ...saved, ...patch });
          },
        },
      }),
    );
    await store.getState().load();
    await store.getState().setLanguage('en');
    expect(store.getState().settings.language).toBe('en');
    expect(saved.language).toBe('en');

    refuse = true;
    await store.getState().setLanguage('zh-CN');
    expect(store.getState().settings.language).toBe('en');
  });
});

describe('workspace store', () => {
  it("is initialized after the demo loads, the demo built around the user's today", async () => {
    vi.useFakeTimers({ now: new Date(2027, 2, 9, 23, 30), toFake: ['Date'] });
    let initialized = false;
    let asked: unknown;
    const status = (): WorkspaceStatus => ({
      initialized,
      dataDir: '/data',
      workspace: initialized ? { name: '华东分公司', shortName: '华东', brand: '星河', industry: '酒店', namingTemplate: '', updatedAt: '' } : null,
      hasAccounts: initialized,
    });
    const store = createWorkspaceStore(fakeBackend({ workspace: { status, loadDemo: (input: unknown) => ((asked = input), (initialized = true), { ok: true }) } }));
    onScreen(store);
    await store.getState().load();
    expect(store.getState().status?.initialized).toBe(false);
    const pending = store.getState().loadDemo();
    expect(store.getState().loadingDemo).toBe(true);
    await pending;
    expect(store.getState().loadingDemo).toBe(false);
    expect(store.getState().status?.workspace?.name).toBe('华东分公司');
    expect(asked).toEqual({ replace: true, today: '2027-03-09' });
    vi.useRealTimers();
  });

  it('refuses an empty start without a name, on the name field', async () => {
    const store = createWorkspaceStore(fakeBackend());
    const result = await store.getState().startEmpty({ name: ' ', shortName: '华东' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ path: ['name'], message: 'validation.required' });
  });
});

describe('menus store', () => {
  it('shows what the back end saved, and reloads when the menu changes elsewhere', async () => {
    let stored: Menu = { accountId: 'a1', items: [], updatedAt: null };
    const backend = fakeBackend({
      menus: {
        get: () => stored,
        save: ({ accountId, items }: Pick<Menu, 'accountId' | 'items'>) => (stored = { accountId, items, updatedAt: '2025-01-01T00:00:00.000Z' }),
      },
    });
    const store = createMenusStore(backend);
    onScreen(store);
    await store.getState().load('a1');
    const items = [{ name: '门店', action: { kind: 'url' as const, url: 'https://example.com' }, children: [] }];
    await store.getState().save('a1', items);
    expect(store.getState().byAccount.a1?.items[0]?.name).toBe('门店');
    backend.emit({ domain: 'menus', ids: ['menu-item-1'] }); // the save's own event
    await settle();
    expect(backend.calls.filter((c) => c === 'menus.get')).toHaveLength(1);

    stored = { ...stored, items: [] };
    backend.emit({ domain: 'menus', ids: ['menu-item-2'] });
    await vi.waitFor(() => expect(store.getState().byAccount.a1?.items).toEqual([]));
  });
});

describe('backups store', () => {
  it('lists the new backup after "back up now"', async () => {
    const list: Backup[] = [];
    const store = createBackupsStore(
      fakeBackend({
        backups: {
          list: () => list,
          create: () => {
            const backup: Backup = { name: 'b1.sqlite', reason: 'manual', createdAt: '2025-01-01T08:00:00.000Z', sizeBytes: 2048 };
            list.unshift(backup);
            return backup;
          },
        },
      }),
    );
    await store.getState().create();
    expect(store.getState().backups.map((b) => b.reason)).toEqual(['manual']);
    expect(store.getState().busy).toBeNull();
  });
});
