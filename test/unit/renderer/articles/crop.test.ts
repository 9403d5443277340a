import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centredCrop, COVER_RATIOS, cropBackground, moveCrop, resizeCrop, type Corner } from '../../../../src-renderer/features/articles/meta/crop';

const pixelRatio = (crop: { w: number; h: number }, aspect: number) => (crop.w * aspect) / crop.h;
const inside = (crop: { x: number; y: number; w: number; h: number }) => crop.x >= -1e-9 && crop.y >= -1e-9 && crop.x + crop.w <= 1 + 1e-9 && crop.y + crop.h <= 1 + 1e-9;

describe('cover crops', () => {
  it('starts as the largest centred crop of the ratio', () => {
    // A 2:1 image: the 2.35:1 crop takes the full width, the 1:1 crop the full height.
    expect(centredCrop(COVER_RATIOS.wide, 2)).toMatchObject({ x: 0, w: 1 });
    expect(centredCrop(COVER_RATIOS.square, 2)).toEqual({ x: 0.25, y: 0, w: 0.5, h: 1 });
  });

  it('keeps the ratio and stays inside the image whatever the drag', () => {
    const corner = fc.constantFrom<Corner>('nw', 'ne', 'sw', 'se');
    const point = fc.double({ min: -0.5, max: 1.5, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0.3, max: 4, noNaN: true }), fc.constantFrom(COVER_RATIOS.wide, COVER_RATIOS.square), corner, point, point, point, point, (aspect, ratio, c, px, py, dx, dy) => {
        const resized = resizeCrop(centredCrop(ratio, aspect), c, px, py, ratio, aspect);
        expect(pixelRatio(resized, aspect)).toBeCloseTo(ratio, 6);
        expect(inside(resized)).toBe(true);
        const moved = moveCrop(resized, dx, dy);
        expect(inside(moved)).toBe(true);
        expect(moved.w).toBe(resized.w);
      }),
    );
  });

  it('keeps the opposite corner where it was when a corner is dragged', () => {
    const start = centredCrop(COVER_RATIOS.square, 2);
    const resized = resizeCrop(start, 'nw', 0.6, 0.5, COVER_RATIOS.square, 2);
    expect(resized.x + resized.w).toBeCloseTo(start.x + start.w, 9);
    expect(resized.y + resized.h).toBeCloseTo(1, 9);
  });

  it('shows a crop as a background that fills the preview', () => {
    expect(cropBackground('/media/x', { x: 0.25, y: 0, w: 0.5, h: 1 })).toEqual({ backgroundImage: 'url("/media/x")', backgroundSize: '200% 100%', backgroundPosition: '50% 0%' });
  });
});
