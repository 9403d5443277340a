import { Input } from 'antd';
import { useState, type CSSProperties } from 'react';
import { formatFen } from '../../src-shared/domain/money/money';
import type { FieldIssue } from '../lib/field-errors';
import { readMoneyText } from '../lib/money-field';

interface MoneyInputProps {
  /** Fen; NaN while the text is unreadable; null for an empty optional field. */
  value: number | null | undefined;
  /** Fen as read from the text (NaN when unreadable, null when empty and `optional`). */
  onChange: (fen: number | null) => void;
  /** Why the text is no amount (null when it is one): `useMoneyField(...).onIssue`. */
  onIssue?: (issue: FieldIssue | null) => void;
  optional?: boolean;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * An amount in fen typed as people write it (¥1,234.5, 1.2万, -300, full-width digits). Shows
 * ¥1,234.50 when not focused; text it cannot read stays as typed, so nothing is lost.
 */
export function MoneyInput({ value, onChange, onIssue, optional = false, id, placeholder, style, 'data-testid': testId }: MoneyInputProps) {
  // The text being typed, or unreadable text kept after leaving the field; null shows the value itself.
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const readable = typeof value === 'number' && Number.isFinite(value);
  const shown = draft ?? (readable ? formatFen(value, { symbol: !focused }) : '');

  return (
    <Input
      id={id}
      data-testid={testId}
      style={style}
      inputMode="decimal"
      placeholder={placeholder ?? '¥0.00'}
      value={shown}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        if (draft !== null && readMoneyText(draft, { optional }).issue === null) setDraft(null);
      }}
      onChange={(e) => {
        const text = e.target.value;
        const reading = readMoneyText(text, { optional });
        setDraft(text);
        onIssue?.(reading.issue);
        onChange(reading.fen);
      }}
    />
  );
}
