import { z } from 'zod';

// Validation messages are translation keys (`validation.*`); the UI renders them with their
// params, so the same schema gives field-level messages in Chinese and English.

export const Id = z.string().min(1).max(64);
export const IdInput = z.object({ id: Id });
export const Ok = z.object({ ok: z.literal(true) });

/** Removes control characters (except tab and newlines) that paste from Word/WeChat drags in. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

/** A required one-line text field with a length limit in characters (emoji count as one). */
export function requiredText(max: number) {
  return z
    .string('validation.required')
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, 'validation.required')
        .refine((v) => [...v].length <= max, { message: 'validation.tooLong', params: { max } }),
    );
}

/** An optional text field; left out, it stays as it was (update) or empty (create). */
export function optionalText(max: number) {
  return z
    .string()
    .transform(cleanText)
    .pipe(z.string().refine((v) => [...v].length <= max, { message: 'validation.tooLong', params: { max } }))
    .optional();
}

/** Row metadata every synced row carries out to the UI. */
export const RowMeta = z.object({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
