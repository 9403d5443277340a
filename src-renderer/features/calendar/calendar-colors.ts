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

/**
 * Twelve hand-picked account colours, each far from the others (CIE76 ΔE ≥ 35 among the first
 * eight, ≥ 20 among all twelve), so two accounts never look alike as a 7 px dot: blue, green,
 * orange, magenta, purple, teal, gold, brown, then red, slate, lime, pink.
 */
const ACCOUNT_PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#08979c', '#d4b106', '#8c5a2b', '#f5222d', '#5b6b8c', '#a0d911', '#ff85c0'];
/** Lightness steps of the generated colours past the palette: dark, middle, light. */
const LIGHTNESS = [36, 50, 64];

/** 'hsl(h, s%, l%)' as '#rrggbb' (a tint appends an alpha to it). */
function hslHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/**
 * A colour per account, by its place in the workspace's account list: the palette's twelve, then
 * colours turned by the golden angle (137.5°) with the lightness stepping, so no two accounts of a
 * workspace share a colour however many there are.
 */
export function accountColor(index: number): string {
  if (index < ACCOUNT_PALETTE.length) return ACCOUNT_PALETTE[index]!;
  const k = index - ACCOUNT_PALETTE.length;
  return hslHex((k * 137.508 + 20) % 360, 70, LIGHTNESS[k % LIGHTNESS.length]!);
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
