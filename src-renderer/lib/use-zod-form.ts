import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ApiIssue } from '../../src-shared/contract/define';
import type { ApiCallError } from './api';
import { toFieldErrors, translateIssue, type FieldErrors } from './field-errors';
import type { SaveResult } from './result';

export interface ItemStatus {
  validateStatus?: 'error';
  help?: string;
}

/**
 * Form state validated with a contract schema: on every change (for fields the user touched)
 * and on submit (all fields). Server issues land on the same fields.
 */
export function useZodForm<S extends z.ZodType<unknown, Record<string, unknown>>>(schema: S, initial: z.input<S>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<z.input<S>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const check = useCallback(
    (next: z.input<S>, shown: (key: string) => boolean) => {
      const parsed = schema.safeParse(next);
      const all = parsed.success ? {} : toFieldErrors(parsed.error.issues);
      setErrors(Object.fromEntries(Object.entries(all).filter(([key]) => shown(key))));
      return parsed;
    },
    [schema],
  );

  const set = useCallback(
    <K extends keyof z.input<S> & string>(field: K, value: z.input<S>[K]) => {
      const next = { ...values, [field]: value } as z.input<S>;
      const nowTouched = new Set(touched).add(field);
      setValues(next);
      setTouched(nowTouched);
      check(next, (key) => submitted || nowTouched.has(key.split('.')[0]!));
    },
    [check, submitted, touched, values],
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

  const reset = useCallback((next: z.input<S>) => {
    setValues(next);
    setErrors({});
    setTouched(new Set());
    setSubmitted(false);
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

  /**
   * Validates, saves, and on failure puts the back end's issues on their fields (the `patch.` of
   * an update stripped); an error without field issues is reported through `onError`.
   */
  async function submit<R>(save: (input: z.output<S>) => Promise<SaveResult<R>>, onError: (error: ApiCallError) => void): Promise<R | undefined> {
    const input = validate();
    if (!input) return undefined;
    const result = await save(input);
    if (result.ok) return result.data;
    applyIssues(result.error.issues, 'patch');
    if (result.error.issues.length === 0) onError(result.error);
    return undefined;
  }

  return { values, set, errors, status, validate, applyIssues, reset, hasErrors, submit };
}

export type ZodForm<S extends z.ZodType<unknown, Record<string, unknown>>> = ReturnType<typeof useZodForm<S>>;
