import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrollmentFile, readEnrollment } from '../../../src-main/sync/enrollment';
import { anAccount, failureOf } from '../../helpers/backend';
import { aCode, aDevice, enroll, expectSameRows, syncAll, useHq } from '../../helpers/sync-devices';

// Two desktops of one subsidiary against a real HQ over HTTP: the first uploads its workspace,
// the second receives it, and from then on each sees the other's changes.

/** A demo workspace is ~7,000 rows (~100,000 field changes) up and down: seconds, more on a busy machine. */
const DEMO_SYNC_TIMEOUT = 240_000;

const sameTable = (got: unknown, want: unknown, table: string) => expect({ table, rows: got }).toEqual({ table, rows: want });

describe('enrolment and sync with a real HQ', () => {
  const hq = useHq();

  it(
    'uploads the first device’s demo workspace and gives a second, empty device the same rows',
    async () => {
      const code = await aCode(hq());
      const first = aDevice({ demo: true });
      const up = await enroll(first, hq(), code, { deviceName: '运营部笔记本' });
      expect(up.pushed).toBeGreaterThan(1000);
      expect(up.status).toMatchObject({ state: 'idle', deviceName: '运营部笔记本', pendingChanges: 0 });
      expect(up.status.tenantName).toMatch(/^华东分公司/);
      const record = readEnrollment(first.dataDir)!;
      expect(record.token.length).toBeGreaterThan(10);
      if (process.platform !== 'win32') expect(statSync(enrollmentFile(first.dataDir)).mode & 0o777).toBe(0o600);

      const second = aDevice();
      const down = await enroll(second, hq(), code);
      expect(down.pulled).toBeGreaterThan(100);
      expect(down.pushed).toBe(0);
      expectSameRows(first, second, sameTable);
      expect((await second.api.workspace.status({})).workspace?.name).toBe((await first.api.workspace.status({})).workspace?.name);
    },
    DEMO_SYNC_TIMEOUT,
  );

  it(
    'carries edits and deletes both ways until both devices hold the same rows',
    async () => {
      const code = await aCode(hq());
      const first = aDevice({ demo: true });
      await enroll(first, hq(), code);
      const second = aDevice();
      await enroll(second, hq(), code);

      const [account, other] = await first.api.accounts.list({});
      await first.api.accounts.update({ id: account!.id, patch: { followers: 123_456 } });
      await second.api.accounts.update({ id: account!.id, patch: { notes: '第二台写的备注' } });
      await second.api.accounts.remove({ id: other!.id });
      expect((await second.api.sync.status({})).pendingChanges).toBeGreaterThan(0);
      await syncAll(first, second, first);

      const onFirst = (await first.api.accounts.list({})).find((a) => a.id === account!.id)!;
      expect(onFirst).toMatchObject({ followers: 123_456, notes: '第二台写的备注' });
      expect((await first.api.accounts.list({})).some((a) => a.id === other!.id)).toBe(false);
      expectSameRows(first, second, sameTable);
      expect((await first.api.sync.status({})).pendingChanges).toBe(0);
    },
    DEMO_SYNC_TIMEOUT,
  );

  it(
    'refuses to enrol a workspace with data into a subsidiary with data unless told to merge or replace',
    async () => {
      const code = await aCode(hq());
      await enroll(aDevice({ demo: true }), hq(), code);
      const other = aDevice();
      await other.api.workspace.startEmpty({ name: '本地分公司', shortName: '本地', brand: '悦汇', industry: '商业零售', namingTemplate: '{品牌}·{城市}{业态}' });
      await other.api.accounts.create(anAccount({ name: '本地账号', handle: 'local_only' }));
      const refused = await failureOf(enroll(other, hq(), code));
      expect(refused.code).toBe('conflict');
      expect(refused.issues?.[0]?.message).toBe('sync.enroll.bothHaveData');
      expect(existsSync(enrollmentFile(other.dataDir))).toBe(false);
      expect((await other.api.sync.status({})).state).toBe('notEnrolled');
    },
    DEMO_SYNC_TIMEOUT,
  );
});
