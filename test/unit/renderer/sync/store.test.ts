import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EnrollInput, SyncReport, SyncStatus } from '../../../../src-shared/contract/sync';
import { createSyncStore, isBothHaveData } from '../../../../src-renderer/features/sync/store';
import { problemText, summarize } from '../../../../src-renderer/features/sync/summary';
import { syncErrorText } from '../../../../src-renderer/features/sync/use-show-sync-error';
import { resources } from '../../../../src-renderer/i18n';
import { ApiCallError } from '../../../../src-renderer/lib/api';
import { fakeBackend, onScreen, settle } from '../fake-api';

const NOW = new Date('2026-12-02T08:00:00Z');

const notEnrolled: SyncStatus = {
  state: 'notEnrolled',
  hqUrl: null,
  tenantName: null,
  deviceId: null,
  deviceName: null,
  enrolledAt: null,
  lastSyncAt: null,
  lastError: null,
  pendingChanges: 0,
  auto: false,
  nextAttemptAt: null,
  minAppVersion: null,
  appVersion: '0.1.0',
};

const enrolled = (fields: Partial<SyncStatus> = {}): SyncStatus => ({
  ...notEnrolled,
  state: 'idle',
  hqUrl: 'https://hq.example.com',
  tenantName: '华东分公司',
  deviceId: 'd1',
  deviceName: '张三的笔记本',
  enrolledAt: '2026-12-01T08:00:00Z',
  lastSyncAt: '2026-12-02T07:57:00Z',
  auto: true,
  ...fields,
});

/** A back end whose HQ already holds data: enrolling a workspace that holds data too needs a mode. */
function backend() {
  let status = notEnrolled;
  let pending = 0;
  const report = (fields: Partial<SyncReport> = {}): SyncReport => ({ pushed: 0, pulled: 0, assetsUp: 0, assetsDown: 0, status, ...fields });
  const fake = fakeBackend({
    sync: {
      status: () => ({ ...status, pendingChanges: status.state === 'notEnrolled' ? 0 : pending }),
      enroll: (input: EnrollInput) => {
        if (!input.mode) throw new ApiCallError('conflict', 'this workspace and HQ both hold data', [{ path: ['mode'], message: 'sync.enroll.bothHaveData' }]);
        status = enrolled({ hqUrl: input.hqUrl, deviceName: input.deviceName ?? null });
        return report({ pulled: 42 });
      },
      syncNow: () => {
        status = { ...status, state: 'offline', lastError: { code: 'network', message: '网络不通', at: '2026-12-02T07:59:00Z' }, nextAttemptAt: '2026-12-02T08:01:00Z' };
        throw new ApiCallError('internal', 'fetch failed');
      },
      setAuto: ({ auto }: { auto: boolean }) => (status = { ...status, auto }),
      leave: () => (status = notEnrolled),
    },
  });
  return { fake, addChange: () => pending++ };
}

describe('sync store', () => {
  it('asks for a mode when both hold data, then enrolls with it and shows HQ’s subsidiary', async () => {
    const { fake } = backend();
    const store = createSyncStore(fake);
    await store.getState().load();
    expect(store.getState().status?.state).toBe('notEnrolled');

    const input = { hqUrl: 'https://hq.example.com', code: 'ABCD-EFGH-1234', deviceName: '张三的笔记本' };
    const refused = await store.getState().enroll(input);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && isBothHaveData(refused.error)).toBe(true);
    expect(store.getState().status?.state).toBe('notEnrolled');
    expect(store.getState().enrolling).toBe(false);

    const merged = await store.getState().enroll({ ...input, mode: 'merge' });
    expect(merged.ok && merged.data.pulled).toBe(42);
    expect(store.getState().status).toMatchObject({ state: 'idle', tenantName: '华东分公司', deviceName: '张三的笔记本' });
  });

  it('refuses an address without http(s) and a short code with the contract’s messages', async () => {
    const { fake } = backend();
    const store = createSyncStore(fake);
    const result = await store.getState().enroll({ hqUrl: 'hq.example.com', code: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['hqUrl', 'validation.sync.url'],
      ['code', 'validation.sync.code'],
    ]);
    expect(isBothHaveData(result.error)).toBe(false);
  });

  it('counts pending changes after writes elsewhere only once enrolled', async () => {
    const { fake, addChange } = backend();
    const store = createSyncStore(fake);
    onScreen(store);
    await store.getState().load();
    fake.emit({ domain: 'accounts', ids: ['a1'] });
    await settle();
    expect(fake.calls.filter((c) => c === 'sync.status')).toHaveLength(1);

    await store.getState().enroll({ hqUrl: 'https://hq.example.com', code: 'ABCD-EFGH-1234', mode: 'merge' });
    addChange();
    addChange();
    fake.emit({ domain: 'calendar', ids: ['i1'] });
    await settle();
    expect(store.getState().status?.pendingChanges).toBe(2);
  });

  it('shows the reason and the next attempt after a failed 立即同步, and keeps the address after leaving', async () => {
    const { fake } = backend();
    const store = createSyncStore(fake);
    await store.getState().enroll({ hqUrl: 'https://hq.example.com', code: 'ABCD-EFGH-1234', mode: 'replace' });
    const result = await store.getState().syncNow();
    expect(result.ok).toBe(false);
    expect(store.getState().syncingNow).toBe(false);
    expect(store.getState().status).toMatchObject({ state: 'offline', lastError: { message: '网络不通' }, nextAttemptAt: '2026-12-02T08:01:00Z' });

    await store.getState().setAuto(false);
    expect(store.getState().status?.auto).toBe(false);
    await store.getState().leave();
    expect(store.getState().status?.state).toBe('notEnrolled');
    expect(store.getState().previous).toEqual({ hqUrl: 'https://hq.example.com', deviceName: null });
  });
});

describe('the status in a few words', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
    dayjs.locale('zh-cn');
  });

  it('says each state as the header shows it', () => {
    const t = i18n.getFixedT('zh-CN');
    const say = (status: SyncStatus) => summarize(t, status, NOW);
    expect(say(notEnrolled)).toEqual({ text: '未连接总部', tone: 'muted' });
    expect(say(enrolled())).toEqual({ text: '已同步 · 3 分钟前', tone: 'ok' });
    expect(say(enrolled({ lastSyncAt: '2026-12-02T08:00:05Z' })).text).toBe('已同步 · 几秒前');
    expect(say(enrolled({ pendingChanges: 3 })).text).toBe('3 项待上传');
    expect(say(enrolled({ state: 'syncing' })).text).toBe('同步中…');
    expect(say(enrolled({ state: 'offline', pendingChanges: 12 }))).toEqual({ text: '离线 · 12 项待上传', tone: 'warn' });
    expect(say(enrolled({ state: 'error' }))).toEqual({ text: '同步出错', tone: 'danger' });
    expect(say(enrolled({ state: 'revoked' })).tone).toBe('danger');
    expect(summarize(i18n.getFixedT('en'), enrolled({ state: 'offline', pendingChanges: 1 }), NOW).text).toBe('Offline · 1 change to upload');
  });

  it('gives the last failure’s reason only while it stands', () => {
    const lastError = { code: 'network', message: '连不上总部（https://hq.example.com）：请检查网络，稍后会自动重试', at: '2026-12-02T07:59:00Z' };
    expect(problemText(enrolled({ state: 'offline', lastError }))).toBe(lastError.message);
    expect(problemText(enrolled({ state: 'error', lastError }))).toBe(lastError.message);
    expect(problemText(enrolled({ lastError }))).toBeNull();
  });

  it('says a refused call by the engine’s reason, not by the general text of its code', () => {
    const t = i18n.getFixedT('zh-CN');
    const refused = { code: 'conflict', message: 'both hold data', issues: [{ path: [], message: 'sync.enroll.bothHaveData' }] };
    expect(syncErrorText(t, refused)).toBe('本机和总部都已有数据：请选择合并，或用总部的数据替换本机数据');
    expect(syncErrorText(t, { code: 'conflict', message: 'row changed' })).toBe('数据已被修改，请刷新后重试');
  });
});
