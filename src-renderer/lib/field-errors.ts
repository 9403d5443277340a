import type { TFunction } from 'i18next';

// Zod messages in the contract are translation keys (`validation.*`) with params; the same shape
// arrives from the back end in `error.issues`, so client and server errors render alike.

export interface FieldIssue {
  message: string;
  params?: Record<string, unknown>;
}
/** Issues by field path joined with dots: `name`, `cadence.weekdays`, `kpis.0.target`. */
export type FieldErrors = Record<string, FieldIssue>;

interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  params?: Record<string, unknown>;
  maximum?: unknown;
  minimum?: unknown;
}

function paramsOf(issue: IssueLike): Record<string, unknown> | undefined {
  if (issue.params) return issue.params;
  if (issue.maximum !== undefined) return { max: Number(issue.maximum) };
  if (issue.minimum !== undefined) return { min: Number(issue.minimum) };
  return undefined;
}

/** Groups issues by field, first issue wins; `stripPrefix` drops e.g. the `patch` of an update. */
export function toFieldErrors(issues: readonly IssueLike[], stripPrefix?: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (stripPrefix && path[0] === stripPrefix) path.shift();
    const key = path.join('.');
    if (!(key in errors)) errors[key] = { message: issue.message, params: paramsOf(issue) };
  }
  return errors;
}

/** A translation key (`validation.tooLong`, `menu.problems.badUrl`), as opposed to zod's own English text. */
const TRANSLATION_KEY = /^[a-z]\w*(\.\w+)+$/i;

/** The text under a field; zod's own English messages (wrong enum value …) become a generic one. */
export function translateIssue(t: TFunction, issue: FieldIssue): string {
  return TRANSLATION_KEY.test(issue.message) ? t(issue.message, issue.params ?? {}) : t('validation.invalid');
}

/** A failed call as views get it (an `ApiCallError`, or the envelope's error). */
export interface FailedCall {
  code: string;
  message: string;
  issues?: readonly IssueLike[];
}

/**
 * A failed call as the user reads it: the translated text for its code. A validation failure
 * shown outside a form has no field to mark, so its first issue says what is wrong (a file too
 * large, a bad column mapping). The back end's own (English) message is added only for
 * unexpected errors, where it is what support needs.
 */
export function errorText(t: TFunction, error: FailedCall): string {
  const issue = error.issues?.[0];
  if (error.code === 'validation' && issue) return translateIssue(t, { message: issue.message, params: paramsOf(issue) });
  const text = t(`errors.${error.code}`);
  return error.code === 'internal' ? t('errors.withDetail', { text, detail: error.message }) : text;
}
