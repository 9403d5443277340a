import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HqEndpoints, PullResponse, WireRow } from '../../../src-shared/contract/sync-protocol';
import { encodeHlc } from '../../../src-shared/domain/sync/hlc';
import { HQ_ENGINES, HQ_START_TIMEOUT, startHq, type StartedHq } from '../../helpers/hq-server';
import { httpEndpoints } from '../../helpers/hq-http';

const clock = (wall: number, node: string) => encodeHlc({ wall, counter: 0, node });
const APP = '0.1.0';

async function pullAll(hq: HqEndpoints, token: string, cursor: string | null = null, limit?: number): Promise<{ rows: WireRow[]; cursor: string; pages: PullResponse[] }> {
  const rows: WireRow[] = [];
  const pages: PullResponse[] = [];
  for (;;) {
    const page = await hq.pull(token, { cursor, limit, appVersion: APP });
    pages.push(page);
    rows.push(...page.rows);
    cursor = page.cursor;
    if (!page.hasMore) return { rows, cursor, pages };
  }
}

describe.each(HQ_ENGINES)('HQ push and pull ($name)', ({ postgres }) => {
  let hq: StartedHq;
  beforeAll(async () => {
    hq = await startHq({ postgres });
  }, HQ_START_TIMEOUT);
  afterAll(() => hq?.close());

  it.each([
    ['in process', () => hq.sync],
    ['over HTTP with gzip bodies', () => httpEndpoints(hq.url)],
  ])('a device enrolls, pushes rows and pulls them back whole (%s)', async (_how, endpoints) => {
    const api = endpoints();
    const { code } = await hq.addTenant(`悦汇-${Math.random()}`);
    const laptop = await api.enroll({ code, deviceName: '运营部笔记本', appVersion: APP });
    expect(laptop.hqHasData).toBe(false);
    const pushed = await api.push(laptop.token, {
      after: 0,
      upTo: 2,
      appVersion: APP,
      rows: [
        { t: 'accounts', r: 'a1', f: { name: ['悦汇上海', clock(1000, 'lap1')], followers: [10, clock(1000, 'lap1')] } },
        { t: 'accounts', r: 'a2', f: { name: ['悦汇北京', clock(1001, 'lap1')] } },
      ],
    });
    expect(pushed).toMatchObject({ ackedThrough: 2, version: 1, applied: 3 });

    const second = await api.enroll({ code, deviceName: '第二台', appVersion: APP });
    expect(second.hqHasData).toBe(true);
    const { rows } = await pullAll(api, second.token);
    expect(rows).toEqual([
      { t: 'accounts', r: 'a1', f: { name: ['悦汇上海', clock(1000, 'lap1')], followers: [10, clock(1000, 'lap1')] } },
      { t: 'accounts', r: 'a2', f: { name: ['悦汇北京', clock(1001, 'lap1')] } },
    ]);
  });
});
