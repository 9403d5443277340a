import { encodeHlc } from '../../../src-shared/domain/sync/hlc';
import type { TestBackend } from '../../helpers/backend';

// Rows of the tables other helpers' services write (activities, costs, work log, concerns, 对标's
// article figures), put in as another device's changes would arrive: through the sync
// repository, so the write path stays the repository's alone.

let counter = 0;

/** Writes each row (SQL column names; `id` required) as remote field changes with a later clock. */
export function putRows(backend: TestBackend, table: string, rows: Array<Record<string, unknown> & { id: string }>): void {
  const hlc = encodeHlc({ wall: Date.now() + 60_000, counter: counter++ % 99_999, node: 'test' });
  const createdAt = new Date().toISOString();
  backend.applyRemote(rows.flatMap(({ id, ...fields }) => Object.entries({ created_at: createdAt, ...fields }).map(([field, value]) => ({ table, rowId: id, field, value, hlc }))));
}
