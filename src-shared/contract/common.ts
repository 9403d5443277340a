import { z } from 'zod';

// Validation messages are translation keys (`validation.*`); the UI renders them with their
// params, so the same schema gives field-level messages in Chinese and English.

export const Id = z.string().min(1).max(64);
export const IdInput = z.object({ id: Id });
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;

/**
 * Removes what paste from Word/WeChat drags in and nobody means to type: control characters
 * (tabs and newlines survive in multi-line text), zero-width spaces, BOMs and bidi overrides
 * (which can make a name display as something else). The emoji joiner U+200D stays.
 */
export function cleanText(value: string): string {
  return stripInvisible(value).trim();
}

/** cleanText without the trim: for text inside a document, whose spaces are the author's. */
export function stripInvisible(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/** One-line text: line breaks and tabs become single spaces. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/[\t\r\n]+/g, ' ');
}

/** A UTF-16 surrogate without its pair: no character at all, and SQLite would store it as U+FFFD. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text as typed: a lone surrogate (a broken emoji from a bad paste) is refused rather than rewritten. */
function typedText(message?: string) {
  return z.string(message).refine((v) => !LONE_SURROGATE.test(v), 'validation.brokenText');
}

/** A required one-line text field with a length limit in characters (emoji count as one). */
export function requiredText(max: number) {
  return typedText('validation.required')
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(1, 'validation.required')
        .refine((v) => [...v].length <= max, { message: 'validation.tooLong', params: { max } }),
    );
}

/** An optional text field (one line unless `multiline`); left out, it stays as it was (update) or empty (create). */
export function optionalText(max: number, { multiline = false } = {}) {
  return typedText()
    .transform(multiline ? cleanText : cleanLine)
    .pipe(z.string().refine((v) => [...v].length <= max, { message: 'validation.tooLong', params: { max } }))
    .optional();
}

/** A time of day: '' (none) or 'HH:mm' (00:00–23:59). */
export const ClockTime = z.string().refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'validation.invalid');

/** Row metadata every synced row carries out to the UI. */
export const RowMeta = z.object({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
