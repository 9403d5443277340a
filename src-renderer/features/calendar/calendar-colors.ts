import type { ItemStatus } from '../../../src-shared/contract/calendar';

// Colours of the month grid: items by status, accounts by a stable palette, layers by kind.

export const STATUS_COLORS: Record<ItemStatus, { bg: string; fg: string }> = {
  topic: { bg: '#f5f5f5', fg: '#595959' },
  writing: { bg: '#e6f4ff', fg: '#0958d9' },
  review: { bg: '#fff7e6', fg: '#d46b08' },
  approved: { bg: '#f9f0ff', fg: '#531dab' },
  scheduled: { bg: '#e6fffb', fg: '#08979c' },
  published: { bg: '#f6ffed', fg: '#389e0d' },
  cancelled: { bg: '#fafafa', fg: '#bfbfbf' },
};

const ACCOUNT_PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#13c2c2', '#faad14', '#2f54eb'];

/** A colour per account, stable for the order the accounts are listed in. */
export function accountColor(index: number): string {
  return ACCOUNT_PALETTE[index % ACCOUNT_PALETTE.length]!;
}

export const LAYER_COLORS = {
  holiday: '#cf1322',
  workday: '#595959',
  solarTerm: '#389e0d',
  lunarFestival: '#c41d7f',
  marketing: '#d46b08',
  keyDate: '#1d39c4',
} as const;

/** A light background of an account's colour (for colouring items by account). */
export function tint(hex: string): string {
  return `${hex}22`;
}
