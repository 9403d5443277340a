import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestText, MAX_BATCH_CHANGES, type PushRequest, type WireRow } from '../../../src-shared/contract/sync-protocol';
import { checkPush } from '../../../src-hq/sync/service';
import { HQ_ENGINES, HQ_START_TIMEOUT, startHq, type StartedHq } from '../../helpers/hq-server';
import { httpEndpoints } from '../../helpers/hq-http';
import { anotherDevice, APP, clock, newTenantDevice, pullAll, push, refusal } from './support';

const byKey = (rows: WireRow[]) => Object.fromEntries(rows.map((row) => [`${row.t}/${row.r}`, row.f]));

describe.each(HQ_ENGINES)('HQ push and pull ($name)', ({ postgres }) => {
  let hq: StartedHq;
  beforeAll(async () => {
    hq = await startHq({ postgres, minAppVersion: '0.1.0' });
  }, HQ_START_TIMEOUT);
  afterAll(() => hq?.close());

  it.each([
    ['in process', () => hq.sync],
    ['over HTTP with gzip bodies', () => httpEndpoints(hq.url)],
  ])('a device enrolls, pushes rows and a second laptop with the same code pulls them back whole (%s)', async (_how, endpoints) => {
    const api = endpoints();
    const { code } = await hq.addTenant(`悦汇-${_how}-${postgres}`);
    const laptop = await api.enroll({ code, deviceName: '运营部笔记本', appVersion: APP });
    expect(laptop.hqHasData).toBe(false);
    const rows: WireRow[] = [
      { t: 'accounts', r: 'a1', f: { name: ['悦汇上海', clock(1000, 'lap1')], followers: [10, clock(1000, 'lap1')] } },
      { t: 'accounts', r: 'a2', f: { name: ['悦汇北京', clock(1001, 'lap1')] } },
    ];
    expect(await push(api, laptop.token, 0, 2, rows)).toEqual({ ackedThrough: 2, version: 1, applied: 3, minAppVersion: '0.1.0' });

    const second = await api.enroll({ code, deviceName: '第二台', appVersion: APP });
    expect(second.hqHasData).toBe(true);
    const pulled = await pullAll(api, second.token);
    expect(pulled.rows).toEqual(rows);
    expect(pulled.pages[0]!.digest).toBe(createHash('sha256').update(digestText(rows)).digest('hex'));
  });

  it('ignores a duplicate batch, answers a gap with where to resume, and applies an overlapping one', async () => {
    const device = await newTenantDevice(hq);
    const row = (n: number) => ({ t: 'notes', r: `n${n}`, f: { text: [`第${n}条`, clock(1000 + n, 'dev')] } }) satisfies WireRow;
    expect(await push(hq.sync, device.token, 0, 5, [row(1)])).toMatchObject({ ackedThrough: 5, version: 1, applied: 1 });
    expect(await push(hq.sync, device.token, 0, 5, [row(1)])).toMatchObject({ ackedThrough: 5, version: 1, applied: 0 });
    expect(await refusal(push(hq.sync, device.token, 7, 9, [row(2)]))).toEqual({ code: 'gap', resumeAfter: 5 });
    expect(await refusal(push(httpEndpoints(hq.url), device.token, 7, 9, [row(2)]))).toEqual({ code: 'gap', resumeAfter: 5 });
    expect(await push(hq.sync, device.token, 3, 9, [row(1), row(2)])).toMatchObject({ ackedThrough: 9, version: 2, applied: 1 });
    // A whole-state page is applied whatever the seqs, and never moves the seq back.
    expect(await push(hq.sync, device.token, 0, 4, [row(3)], { state: true })).toMatchObject({ ackedThrough: 9, version: 3, applied: 1 });
    expect((await pullAll(hq.sync, device.token)).rows.map((r) => r.r)).toEqual(['n1', 'n2', 'n3']);
  });

  it('merges concurrent writers field by field: the later clock wins each field, whatever the arrival order', async () => {
    const first = await newTenantDevice(hq);
    const second = await anotherDevice(hq, first.code);
    const fromFirst = { t: 'accounts', r: 'shared', f: { name: ['一号改的名字', clock(2000, 'one')], followers: [1, clock(1000, 'one')] } } satisfies WireRow;
    const fromSecond = { t: 'accounts', r: 'shared', f: { name: ['二号改的名字', clock(1500, 'two')], followers: [2, clock(3000, 'two')], city: ['杭州', clock(1000, 'two')] } } satisfies WireRow;
    await Promise.all([push(hq.sync, first.token, 0, 1, [fromFirst]), push(hq.sync, second.token, 0, 1, [fromSecond])]);
    const { rows } = await pullAll(hq.sync, first.token);
    expect(rows).toEqual([{ t: 'accounts', r: 'shared', f: { name: fromFirst.f.name, followers: fromSecond.f.followers, city: fromSecond.f.city } }]);
    // An older write of a field changes nothing: no new version.
    const stale = await push(hq.sync, first.token, 1, 2, [{ t: 'accounts', r: 'shared', f: { city: ['南京', clock(900, 'one')] } }]);
    expect(stale.applied).toBe(0);
    expect((await pullAll(hq.sync, first.token, (await pullAll(hq.sync, first.token)).cursor)).rows).toEqual([]);
  });

  it('merges rows of the same id in one batch field by field, and keeps a deletion as a tombstone row', async () => {
    const device = await newTenantDevice(hq);
    await push(hq.sync, device.token, 0, 3, [
      { t: 'costs', r: 'c1', f: { amount: [100, clock(1000, 'dev')], item: ['海报', clock(1000, 'dev')] } },
      { t: 'costs', r: 'c1', f: { amount: [120, clock(1001, 'dev')] } },
      { t: 'costs', r: 'c1', f: { deleted_at: ['2026-12-01T08:00:00.000Z', clock(1002, 'dev')] } },
    ]);
    expect((await pullAll(hq.sync, device.token)).rows).toEqual([
      { t: 'costs', r: 'c1', f: { amount: [120, clock(1001, 'dev')], item: ['海报', clock(1000, 'dev')], deleted_at: ['2026-12-01T08:00:00.000Z', clock(1002, 'dev')] } },
    ]);
  });

  it('pages with hasMore; a cursor survives concurrent pushes without losing or tearing a row', async () => {
    const writer = await newTenantDevice(hq);
    const reader = await anotherDevice(hq, writer.code);
    const row = (n: number, edit: number) =>
      ({ t: 'plans', r: `p${String(n).padStart(3, '0')}`, f: { title: [`方案${n}-${edit}`, clock(1000 + edit, 'w', n)], owner: [`负责人${edit}`, clock(1000 + edit, 'w', n)] } }) satisfies WireRow;
    let seq = 0;
    await push(
      hq.sync,
      writer.token,
      seq,
      ++seq,
      Array.from({ length: 60 }, (_, n) => row(n, 0)),
    );
    const seen = new Map<string, WireRow['f']>();
    let cursor: string | null = null;
    for (let page = 0; ; page++) {
      const answer = await hq.sync.pull(reader.token, { cursor, limit: 7, appVersion: APP });
      for (const r of answer.rows) {
        expect(Object.keys(r.f).sort()).toEqual(['owner', 'title']);
        expect(r.f.title![1]).toBe(r.f.owner![1]);
        seen.set(r.r, r.f);
      }
      cursor = answer.cursor;
      // While the reader pages, the writer edits rows it has passed and rows still ahead of it.
      if (page < 6) await push(hq.sync, writer.token, seq, ++seq, [row(page * 9, page + 1), row(59 - page, page + 1)]);
      if (!answer.hasMore) break;
    }
    const truth = byKey((await pullAll(hq.sync, writer.token, null, 2000)).rows);
    expect(Object.fromEntries([...seen].map(([id, f]) => [`plans/${id}`, f]))).toEqual(truth);
    expect(Object.keys(truth)).toHaveLength(60);
  });

  it('a reader pulling while four devices push at once ends with exactly the merged state', async () => {
    const first = await newTenantDevice(hq);
    const writers = [first, ...(await Promise.all([1, 2, 3].map(() => anotherDevice(hq, first.code))))];
    const reader = await anotherDevice(hq, first.code);
    const seen = new Map<string, WireRow['f']>();
    let cursor: string | null = null;
    let pushing = true;
    const pushes = Promise.all(
      writers.map(async (writer, w) => {
        for (let round = 1; round <= 8; round++) {
          const rows = Array.from({ length: 10 }, (_, n): WireRow => ({
            t: 'tasks',
            r: `t${(n + round) % 15}`,
            f: { [`by${w}`]: [round, clock(1000 + round, `w${w}`, n)], status: [`${w}-${round}`, clock(1000 + round, `w${w}`, n)] },
          }));
          await push(hq.sync, writer.token, round - 1, round, rows);
        }
      }),
    ).finally(() => (pushing = false));
    while (pushing) {
      const page = await hq.sync.pull(reader.token, { cursor, limit: 5, appVersion: APP });
      for (const row of page.rows) seen.set(row.r, row.f);
      cursor = page.cursor;
    }
    await pushes;
    for (const row of (await pullAll(hq.sync, reader.token, cursor)).rows) seen.set(row.r, row.f);
    const truth = (await pullAll(hq.sync, first.token)).rows;
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(truth.map((row) => [row.r, row.f])));
    expect(truth).toHaveLength(15);
  });

  it('refuses an app older than minAppVersion, a batch over the limits, and an unknown cursor', async () => {
    const device = await newTenantDevice(hq);
    expect(await refusal(hq.sync.push(device.token, { after: 0, upTo: 1, appVersion: '0.0.9', rows: [] }))).toEqual({ code: 'too_old', minAppVersion: '0.1.0' });
    expect(await refusal(hq.sync.pull(device.token, { cursor: null, appVersion: '0.0.9' }))).toEqual({ code: 'too_old', minAppVersion: '0.1.0' });
    expect(await refusal(hq.sync.enroll({ code: device.code, deviceName: '旧电脑', appVersion: '0.0.1' }))).toEqual({ code: 'too_old', minAppVersion: '0.1.0' });
    const many = Array.from({ length: MAX_BATCH_CHANGES + 1 }, (_, n): WireRow => ({ t: 'notes', r: `n${n}`, f: { text: ['x', clock(1000, 'dev')] } }));
    expect(await refusal(push(hq.sync, device.token, 0, 1, many))).toEqual({ code: 'too_large' });
    const big = Array.from({ length: 5 }, (_, n): WireRow => ({ t: 'notes', r: `b${n}`, f: { text: ['长'.repeat(300_000), clock(1000, 'dev')] } }));
    expect(await refusal(push(hq.sync, device.token, 0, 1, big))).toEqual({ code: 'too_large' });
    expect(await refusal(hq.sync.pull(device.token, { cursor: 'not-a-cursor', appVersion: APP }))).toEqual({ code: 'invalid' });
    expect(await refusal(push(hq.sync, device.token, 0, 1, [{ t: 'notes', r: 'n', f: { text: ['x', 'yesterday'] } }]))).toEqual({ code: 'invalid' });
    // Nothing of the refused batches arrived.
    expect((await pullAll(hq.sync, device.token)).rows).toEqual([]);
  });

  it.each([
    ['a NUL character', { text: ['备注\u0000末尾', clock(1000, 'dev')] }, 'text'],
    ['a lone surrogate inside a value', { meta: [{ tags: ['好', 'x\uD800y'] }, clock(1000, 'dev')] }, 'meta'],
  ] satisfies Array<[string, WireRow['f'], string]>)('answers invalid naming the table, row and field for text PostgreSQL cannot store: %s', async (_what, f, field) => {
    const device = await newTenantDevice(hq);
    for (const api of [hq.sync, httpEndpoints(hq.url)]) {
      const refused = await push(api, device.token, 0, 1, [{ t: 'notes', r: 'n1', f }]).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'invalid', message: expect.stringContaining(`notes/n1.${field}`) });
    }
    expect((await pullAll(hq.sync, device.token)).rows).toEqual([]);
  });
});

describe('checkPush', () => {
  it('refuses a row of a table HQ owns (they flow down only)', () => {
    const request: PushRequest = { after: 0, upTo: 1, appVersion: APP, rows: [{ t: 'questionnaires', r: 'q1', f: { title: ['满意度', clock(1000, 'dev')] } }] };
    expect(() => checkPush(request, '0.0.0', ['questionnaires'])).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => checkPush(request, '0.0.0', [])).not.toThrow();
  });

  it.each([
    ['a clock with a sign', { text: ['x', '-00000000001000:00000:dev'] }],
    ['a clock with a wall of 16 digits', { text: ['x', '1000000000000000:00000:dev'] }],
    ['a clock with a short counter', { text: ['x', '000000000001000:0:dev'] }],
    ['a clock with spaces', { text: ['x', ' 00000000001000:00000:dev'] }],
    ['a field name with a quote', { 'text"': ['x', clock(1000, 'dev')] }],
    ['a field name in capitals', { Text: ['x', clock(1000, 'dev')] }],
  ] satisfies Array<[string, WireRow['f']]>)('refuses %s as invalid, naming the row', (_what, f) => {
    const request: PushRequest = { after: 0, upTo: 1, appVersion: APP, rows: [{ t: 'notes', r: 'n1', f }] };
    expect(() => checkPush(request, '0.0.0')).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringContaining('notes/n1') }));
  });

  it('refuses a table name that is not an SQL name, and accepts a well-spelled row', () => {
    const row = (t: string): PushRequest => ({ after: 0, upTo: 1, appVersion: APP, rows: [{ t, r: 'n1', f: { text_2: ['x', clock(1000, 'dev')] } }] });
    expect(() => checkPush(row('notes; drop'), '0.0.0')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => checkPush(row('9notes'), '0.0.0')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => checkPush(row('plan_items'), '0.0.0')).not.toThrow();
  });
});
