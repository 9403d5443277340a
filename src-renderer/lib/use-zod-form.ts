import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ApiIssue } from '../../src-shared/contract/define';
import { toFieldErrors, translateIssue, type FieldErrors } from './field-errors';
import { addEditedPaths, isTouched } from './touched-fields';
import type { SaveResult } from './result';
import { useShowError } from './use-show-error';

export interface ItemStatus {
  validateStatus?: 'error';
  help?: string;
}

/**
 * Form state validated with a contract schema: on every change (showing the errors of the fields
 * the user touched, `touched-fields.ts`) and on submit (all fields). Server issues land on the
 * same fields.
 */
export function useZodForm<S extends z.ZodType<unknown, Record<string, unknown>>>(schema: S, initial: z.input<S>) {
  type Values = z.input<S>;
  const { t } = useTranslation();
  const showError = useShowError();
  const [values, setValues] = useState<Values>(initial);
  // What the fields held when the form opened (or was reset): unsaved changes are the differences.
  const [baseline, setBaseline] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  // Enter in a field and a click on 保存 in the same moment must not save twice.
  const busy = useRef(false);

  const check = useCallback(
    (next: Values, shown: (key: string) => boolean) => {
      const parsed = schema.safeParse(next);
      const all = parsed.success ? {} : toFieldErrors(parsed.error.issues);
      setErrors(Object.fromEntries(Object.entries(all).filter(([key]) => shown(key))));
      return parsed;
    },
    [schema],
  );

  /** Changes several fields at once (an account change clears the column and picks a slot). */
  const update = useCallback(
    (patch: Partial<Values>) => {
      const next = { ...values, ...patch } as Values;
      const nowTouched = new Set(touched);
      for (const key of Object.keys(patch)) addEditedPaths((values as Record<string, unknown>)[key], (patch as Record<string, unknown>)[key], key, nowTouched);
      setValues(next);
      setTouched(nowTouched);
      check(next, (key) => submitted || isTouched(key, nowTouched));
    },
    [check, submitted, touched, values],
  );

  const set = useCallback(
    <K extends keyof Values & string>(field: K, value: Values[K]) => {
      const patch: Partial<Values> = {};
      patch[field] = value;
      update(patch);
    },
    [update],
  );

  /** Validates everything; returns the parsed value or null when a field is wrong. */
  const validate = useCallback((): z.output<S> | null => {
    setSubmitted(true);
    const parsed = check(values, () => true);
    return parsed.success ? parsed.data : null;
  }, [check, values]);

  const applyIssues = useCallback((issues: readonly ApiIssue[], stripPrefix?: string) => {
    setErrors(toFieldErrors(issues, stripPrefix));
  }, []);

  /** Starts over from `next`, which counts as unchanged. */
  const reset = useCallback((next: Values) => {
    setValues(next);
    setBaseline(next);
    setErrors({});
    setTouched(new Set());
    setSubmitted(false);
  }, []);

  /** Fields saved by another way (a reorder of the push): shown, and not counted as unsaved. */
  const acceptSaved = useCallback((patch: Partial<Values>) => {
    setValues((before) => ({ ...before, ...patch }) as Values);
    setBaseline((before) => ({ ...before, ...patch }) as Values);
  }, []);

  /** Props for an antd Form.Item: red status and the translated message under the field. */
  const status = useCallback(
    (path: string): ItemStatus => {
      const issue = errors[path];
      return issue ? { validateStatus: 'error', help: translateIssue(t, issue) } : {};
    },
    [errors, t],
  );

  const hasErrors = useMemo(() => Object.keys(errors).length > 0, [errors]);
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(baseline), [values, baseline]);

  /**
   * The one way a form saves: validates, saves, and on failure puts the back end's issues on
   * their fields (the `patch.` of an update stripped); a failure without field issues is shown as
   * a message. Returns the saved value, or undefined when nothing was saved.
   */
  async function submit<R>(save: (input: z.output<S>) => Promise<SaveResult<R>>): Promise<R | undefined> {
    if (busy.current) return undefined;
    const input = validate();
    if (!input) return undefined;
    busy.current = true;
    setSubmitting(true);
    let result: SaveResult<R>;
    try {
      result = await save(input);
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
    if (result.ok) return result.data;
    applyIssues(result.error.issues, 'patch');
    if (result.error.issues.length === 0) showError(result.error);
    return undefined;
  }

  return { values, baseline, set, update, errors, status, validate, applyIssues, reset, acceptSaved, hasErrors, dirty, submitting, submit };
}

export type ZodForm<S extends z.ZodType<unknown, Record<string, unknown>>> = ReturnType<typeof useZodForm<S>>;
