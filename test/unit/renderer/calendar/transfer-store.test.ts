import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping, ImportPreview } from '../../../../src-shared/contract/calendar-transfer';
import { createCalendarTransferStore } from '../../../../src-renderer/features/calendar/transfer/store';
import { base64ToBytes, bytesToBase64 } from '../../../../src-renderer/lib/file-transfer';
import { fakeBackend, onScreen, settle } from '../fake-api';

const mappingOf = (title: number | null) => ({ account: 0, date: null, time: null, slot: null, column: null, title, notes: null, owner: null, dueDate: null, status: null, tags: null });

function transferBackend() {
  const previews: Array<ColumnMapping | undefined> = [];
  const commits: unknown[] = [];
  const exports: unknown[] = [];
  const backend = fakeBackend({
    calendarTransfer: {
      previewImport: ({ mapping }: { mapping?: ColumnMapping }): ImportPreview => {
        previews.push(mapping);
        const title = mapping?.title === undefined ? 1 : mapping.title;
        return {
          format: 'csv',
          encoding: 'gb18030',
          header: ['账号', '标题'],
          suggested: mappingOf(1),
          mapping: mappingOf(title),
          rows: [],
          counts: { valid: 2, invalid: 1, duplicate: 0 },
          savedMapping: null,
          unmapped: [],
          rejected: null,
        };
      },
      commitImport: (input: unknown) => {
        commits.push(input);
        return { created: 2, duplicates: 0, invalid: 1 };
      },
      exportXlsx: (input: unknown) => {
        exports.push(input);
        return { fileName: '内容日历_2026-10-01_2026-10-31.xlsx', mimeType: 'application/octet-stream', base64: 'AA==' };
      },
    },
  });
  return { backend, previews, commits, exports };
}

const file = { fileName: '排期.csv', base64: bytesToBase64(new Uint8Array([0xd5, 0xcb, 0xba, 0xc5])) };

describe('calendar transfer store', () => {
  it('previews a file, remaps a column, commits with that mapping and clears itself', async () => {
    const { backend, previews, commits } = transferBackend();
    const store = createCalendarTransferStore(backend);
    await store.getState().open(file);
    expect(store.getState().preview?.counts.valid).toBe(2);
    expect(previews).toEqual([undefined]);
    await store.getState().remap('title', null);
    expect(previews[1]).toMatchObject({ title: null, account: 0 });
    const result = await store.getState().commit();
    expect(result).toEqual({ ok: true, data: { created: 2, duplicates: 0, invalid: 1 } });
    expect(commits).toEqual([{ ...file, mapping: mappingOf(null) }]);
    expect(store.getState()).toMatchObject({ file: null, preview: null, committing: false });
  });

  it('reads the file again when the calendar changes under an open preview, and not after it is closed', async () => {
    const { backend, previews } = transferBackend();
    const store = createCalendarTransferStore(backend);
    onScreen(store);
    await store.getState().open(file);
    backend.emit({ domain: 'calendar' });
    await vi.waitFor(() => expect(previews).toHaveLength(2));
    store.getState().reset();
    backend.emit({ domain: 'calendar' });
    await settle();
    expect(previews).toHaveLength(2);
  });

  it('keeps the error of an unreadable file', async () => {
    const { backend } = transferBackend();
    const store = createCalendarTransferStore(backend);
    await store.getState().open({ fileName: 'big.csv', base64: 'A'.repeat(4.5 * 1024 * 1024) });
    expect(store.getState().preview).toBeNull();
    expect(store.getState().error?.issues[0]).toMatchObject({ message: 'validation.import.fileTooLarge', params: { maxMb: 3 } });
  });

  it('exports without the empty lists the calendar uses for "any"', async () => {
    const { backend, exports } = transferBackend();
    const store = createCalendarTransferStore(backend);
    const result = await store.getState().exportItems('xlsx', { from: '2026-10-01', to: '2026-10-31', accountIds: [], tags: ['国庆'] });
    expect(result.ok && result.data.fileName).toBe('内容日历_2026-10-01_2026-10-31.xlsx');
    expect(exports).toEqual([{ filter: { from: '2026-10-01', to: '2026-10-31', tags: ['国庆'] } }]);
    expect(store.getState().exporting).toBeNull();
  });

  it('turns bytes into base64 and back', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(new TextEncoder().encode('运营台'))).toBe('6L+Q6JCl5Y+w');
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
