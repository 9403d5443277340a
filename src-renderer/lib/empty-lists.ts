// An empty filter list means "any" in the calendar's URL and stores, but "none" to the back end's
// filters (`accountIds: []` matches nothing): these leave such lists out of a request.

/** The list, or undefined when it is empty. */
export function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

/** The object without its empty lists. */
export function withoutEmptyLists<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => !Array.isArray(field) || field.length > 0)) as T;
}
