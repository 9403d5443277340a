// Helpers of the repository's bulk writes (repository.ts `insertMany`): statement text for
// multi-row INSERTs and SQLite's type affinity, which tells when a value is stored as given.

/** Rows per multi-row statement: 500 rows of 22 columns stay far below SQLite's 32,766 parameters. */
export const CHUNK_ROWS = [500, 64, 8, 1];

/** `(?, ?), (?, ?)` for `count` rows of `width` values. */
export function valuesList(width: number, count: number): string {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  return Array.from({ length: count }, () => row).join(', ');
}

export type Affinity = 'text' | 'integer' | 'real' | 'numeric' | 'blob';

/** SQLite's affinity rules for a declared column type (https://sqlite.org/datatype3.html §3.1). */
export function affinityOf(declared: string): Affinity {
  const type = declared.toUpperCase();
  if (type.includes('INT')) return 'integer';
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'text';
  if (type.includes('BLOB') || type === '') return 'blob';
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return 'real';
  return 'numeric';
}

/** Whether SQLite gives `value` back unchanged from a column of this affinity (else it is read back). */
export function storedAsGiven(value: unknown, affinity: Affinity | undefined): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return affinity === 'text' || affinity === 'blob';
  if (typeof value === 'number') return Number.isFinite(value) && affinity !== 'text' && affinity !== undefined;
  return false;
}
