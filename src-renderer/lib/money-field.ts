import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../src-shared/domain/money/money';
import { translateIssue, type FieldIssue } from './field-errors';
import type { ItemStatus } from './use-zod-form';

// An amount field reads typed text (¥1,234.5, 1.2万, -300, full-width digits) with parseMoney. The form's
// value is fen, or NaN for text that is no amount, which the contract refuses with its generic
// validation.number; the field keeps the precise reason (which text, why) and shows it instead.

/** What typed text means as an amount: fen (null for an empty optional field, NaN when unreadable) and why not. */
export interface MoneyReading {
  fen: number | null;
  issue: FieldIssue | null;
}

export function readMoneyText(text: string, { optional = false } = {}): MoneyReading {
  // "1." is half-typed 1.50, not a mistake: read it as 1 while the user is still typing.
  const parsed = parseMoney(text.replace(/[.．]\s*$/, ''));
  if (parsed.ok) return { fen: parsed.fen, issue: null };
  const value = text.trim();
  switch (parsed.reason) {
    case 'empty':
      return optional ? { fen: null, issue: null } : { fen: Number.NaN, issue: { message: 'validation.required' } };
    case 'tooPrecise':
      return { fen: Number.NaN, issue: { message: 'validation.money.tooPrecise', params: { value } } };
    case 'tooLarge':
      return { fen: Number.NaN, issue: { message: 'validation.money.tooLarge' } };
    default:
      return { fen: Number.NaN, issue: { message: 'validation.money.invalid', params: { value } } };
  }
}

/**
 * The Form.Item status of an amount field: the precise reason its text is unreadable, else the
 * form's own message. `onIssue` goes to MoneyInput.
 */
export function useMoneyField(status: (path: string) => ItemStatus, path: string) {
  const { t } = useTranslation();
  const [issue, setIssue] = useState<FieldIssue | null>(null);
  const own = status(path);
  // The form decides when a field's error shows (touched, or a save tried); the reason only replaces its words.
  const shown: ItemStatus = issue && own.validateStatus ? { validateStatus: 'error', help: translateIssue(t, issue) } : own;
  return { status: shown, onIssue: setIssue };
}
