import { describe, expect, it } from 'vitest';
import { accountColor } from '../../../../src-renderer/features/calendar/calendar-colors';

/** CIE L*a*b* of a '#rrggbb' colour (sRGB, D65). */
function lab(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** How far apart two colours look (CIE76 ΔE: about 2 is just noticeable, 20 is a different colour). */
function distance(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function closestPair(count: number): number {
  const colors = Array.from({ length: count }, (_, i) => accountColor(i));
  let closest = Infinity;
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) closest = Math.min(closest, distance(colors[i]!, colors[j]!));
  return closest;
}

describe('account colours', () => {
  it('gives eight accounts eight colours that look different (no three blues)', () => {
    const colors = Array.from({ length: 8 }, (_, i) => accountColor(i));
    expect(new Set(colors).size).toBe(8);
    expect(closestPair(8)).toBeGreaterThanOrEqual(30);
  });

  it('keeps twelve accounts apart too', () => {
    expect(closestPair(12)).toBeGreaterThanOrEqual(20);
  });

  it('never repeats a colour within a workspace, however many accounts it has', () => {
    const colors = Array.from({ length: 200 }, (_, i) => accountColor(i));
    expect(new Set(colors).size).toBe(200);
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
