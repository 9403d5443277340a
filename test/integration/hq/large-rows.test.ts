import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_PULL_BYTES, MAX_SINGLE_ROW_PUSH_BYTES, type WireRow } from '../../../src-shared/contract/sync-protocol';
import { HQ_ENGINES, HQ_START_TIMEOUT, startHq, type StartedHq } from '../../helpers/hq-server';
import { httpEndpoints } from '../../helpers/hq-http';
import { APP, clock, newTenantDevice, pullAll, push, refusal } from './support';

// Rows the size of an article's revisions or a plan's export snapshot: one may exceed a batch,
// and a page of them must stay small enough for a slow link.

const bigRow = (id: string, bytes: number, wall = 1000): WireRow => ({ t: 'article_revisions', r: id, f: { body: ['文'.repeat(Math.ceil(bytes / 3)), clock(wall, 'dev')] } });

describe.each(HQ_ENGINES)('HQ with large rows ($name)', ({ postgres }) => {
  let hq: StartedHq;
  beforeAll(async () => {
    hq = await startHq({ postgres });
  }, HQ_START_TIMEOUT);
  afterAll(() => hq?.close());

  it('accepts one row larger than a batch alone (over HTTP, gzipped), and refuses it beyond the body limit or in company', async () => {
    const device = await newTenantDevice(hq);
    const api = httpEndpoints(hq.url);
    const large = bigRow('r1', 3 * MAX_BATCH_BYTES);
    expect(await push(api, device.token, 0, 1, [large])).toMatchObject({ ackedThrough: 1, applied: 1 });
    expect(await refusal(push(api, device.token, 1, 2, [large, bigRow('r2', 10)]))).toEqual({ code: 'too_large' });
    // gzip shrinks this to a few KB: the limit counts the bytes after gunzip.
    expect(await refusal(push(api, device.token, 1, 2, [bigRow('r3', MAX_SINGLE_ROW_PUSH_BYTES + 1000)]))).toEqual({ code: 'too_large' });
    expect((await pullAll(api, device.token)).rows).toEqual([large]);
  });

  it('stops a pull page at about MAX_PULL_BYTES of rows, with hasMore, and paging reaches every row', async () => {
    const device = await newTenantDevice(hq);
    const rows = Array.from({ length: 30 }, (_, n) => bigRow(`r${String(n).padStart(2, '0')}`, 300_000, 1000 + n));
    for (let batch = 0; batch < 10; batch++) await push(hq.sync, device.token, batch, batch + 1, rows.slice(batch * 3, batch * 3 + 3));
    const { rows: pulled, pages } = await pullAll(httpEndpoints(hq.url), device.token);
    expect(pulled).toEqual(rows);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(Buffer.byteLength(JSON.stringify(page.rows))).toBeLessThan(MAX_PULL_BYTES + 1024 * 1024);
    expect(pages[0]).toMatchObject({ hasMore: true });
    expect(pages.at(-1)).toMatchObject({ hasMore: false });
  });

  it('sends a row larger than the page budget alone rather than never', async () => {
    const device = await newTenantDevice(hq);
    const huge = bigRow('huge', MAX_PULL_BYTES + 100_000);
    await push(hq.sync, device.token, 0, 1, [huge]);
    await push(hq.sync, device.token, 1, 2, [bigRow('small', 10, 2000)]);
    const first = await hq.sync.pull(device.token, { cursor: null, appVersion: APP });
    expect(first).toMatchObject({ rows: [huge], hasMore: true });
    expect(await hq.sync.pull(device.token, { cursor: first.cursor, appVersion: APP })).toMatchObject({ rows: [bigRow('small', 10, 2000)], hasMore: false });
  });
});
