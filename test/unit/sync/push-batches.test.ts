import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES } from '../../../src-shared/contract/sync-protocol';
import { WHOLE_ROW } from '../../../src-main/sync/outbox';
import { pagesOfRows, takeBatch, type OutboxRow } from '../../../src-main/sync/push-batches';

const hlc = (n: number) => `${String(1_700_000_000_000 + n).padStart(15, '0')}:00000:dev1`;

function fieldEntry(seq: number, rowId: string, field: string, value: unknown): OutboxRow {
  return { seq, tbl: 'accounts', row_id: rowId, field, value: JSON.stringify(value), hlc: hlc(seq) };
}

function rowEntry(seq: number, rowId: string, fields: Record<string, unknown>): OutboxRow {
  return { seq, tbl: 'accounts', row_id: rowId, field: WHOLE_ROW, value: JSON.stringify(fields), hlc: hlc(seq) };
}

describe('push batches', () => {
  it('groups one row’s changes from several entries, keeping the newest value of a field changed twice', () => {
    const batch = takeBatch([rowEntry(1, 'a1', { name: '悦汇', followers: 1 }), fieldEntry(2, 'a1', 'followers', 5), fieldEntry(3, 'a2', 'name', '华东'), fieldEntry(4, 'a1', 'name', '悦汇影城')])!;
    expect(batch.upTo).toBe(4);
    expect(batch.entries).toBe(4);
    expect(batch.changes).toBe(3);
    expect(batch.rows).toEqual([
      { t: 'accounts', r: 'a1', f: { name: ['悦汇影城', hlc(4)], followers: [5, hlc(2)] } },
      { t: 'accounts', r: 'a2', f: { name: ['华东', hlc(3)] } },
    ]);
  });

  it('keeps a batch at most MAX_BATCH_CHANGES changes, ending at an entry’s boundary', () => {
    const fields = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`f${i}`, i]));
    const entries = Array.from({ length: 200 }, (_, i) => rowEntry(i + 1, `row${i}`, fields));
    const first = takeBatch(entries)!;
    expect(first.changes).toBeLessThanOrEqual(MAX_BATCH_CHANGES);
    expect(first.changes).toBe(Math.floor(MAX_BATCH_CHANGES / 15) * 15);
    expect(first.upTo).toBe(first.entries);
    const second = takeBatch(entries.slice(first.entries))!;
    expect(second.rows[0]!.r).toBe(`row${first.entries}`);
  });

  it('keeps a batch at most MAX_BATCH_BYTES of JSON, and still sends one entry larger than that alone', () => {
    const big = 'x'.repeat(300_000);
    const entries = Array.from({ length: 6 }, (_, i) => fieldEntry(i + 1, `a${i}`, 'notes', big));
    const batches = [];
    for (let rest = entries; rest.length > 0;) {
      const batch = takeBatch(rest)!;
      batches.push(batch);
      expect(Buffer.byteLength(JSON.stringify(batch.rows))).toBeLessThanOrEqual(MAX_BATCH_BYTES);
      rest = rest.slice(batch.entries);
    }
    expect(batches.map((b) => b.entries)).toEqual([3, 3]);
    const huge = takeBatch([fieldEntry(1, 'a', 'notes', 'y'.repeat(MAX_BATCH_BYTES + 10)), fieldEntry(2, 'b', 'notes', 'z')])!;
    expect(huge.entries).toBe(1);
  });

  it('counts Chinese text by its UTF-8 bytes', () => {
    const text = '运营'.repeat(60_000); // 360,000 bytes, 120,000 characters
    const entries = Array.from({ length: 4 }, (_, i) => fieldEntry(i + 1, `a${i}`, 'notes', text));
    expect(takeBatch(entries)!.entries).toBe(2);
  });

  it('pages whole rows under both limits without splitting a row', () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({ t: 'accounts', r: `r${i}`, f: Object.fromEntries(Array.from({ length: 9 }, (_, n) => [`f${n}`, [n, hlc(i)] as [unknown, string]])) }));
    const pages = [...pagesOfRows(rows, { changes: 100, bytes: MAX_BATCH_BYTES })];
    expect(pages.map((p) => p.length)).toEqual([...Array.from({ length: 22 }, () => 11), 8]);
    expect(pages.flat()).toEqual(rows);
  });
});
