// Which fields the user has touched, so a form shows a field's error only once the user has been
// there (or tried to save): a KPI row just added, or the days of a cadence just switched to
// monthly, are empty but untouched, and say nothing yet.

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Adds to `out` the paths (`name`, `kpis.0.name`, `cadence.days`) an edit from `before` to
 * `after` changed: a value that changed, or a list whose length changed. An entry or a key that
 * only appeared or vanished is no edit of its own.
 */
export function addEditedPaths(before: unknown, after: unknown, path: string, out: Set<string>): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) out.add(path);
    for (let i = 0; i < Math.min(before.length, after.length); i++) addEditedPaths(before[i], after[i], `${path}.${i}`, out);
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) if (key in after) addEditedPaths(before[key], after[key], `${path}.${key}`, out);
    return;
  }
  if (!Object.is(before, after)) out.add(path);
}

/** Whether the error at `key` shows: the field itself or something inside it was edited. */
export function isTouched(key: string, touched: ReadonlySet<string>): boolean {
  if (touched.has(key)) return true;
  for (const path of touched) if (path.startsWith(`${key}.`)) return true;
  return false;
}
