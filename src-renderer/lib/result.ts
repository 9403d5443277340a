import { asApiError, type ApiCallError } from './api';

/** What a store action that writes returns: the saved row, or the error with its field issues. */
export type SaveResult<T> = { ok: true; data: T } | { ok: false; error: ApiCallError };

export async function attempt<T>(work: () => Promise<T>): Promise<SaveResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return { ok: false, error: asApiError(error) };
  }
}
