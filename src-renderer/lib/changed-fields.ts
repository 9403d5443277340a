/**
 * The fields of `after` whose values differ from `before`: what an edit form sends, so that a
 * field the operator did not touch keeps whatever newer value it got elsewhere (per-field
 * last-writer-wins merges only the fields that were written).
 */
export function changedFields<T extends object>(before: Partial<T>, after: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch;
}
