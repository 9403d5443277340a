import type { CoverCrop } from '../../../../src-shared/contract/articles';

// The cover's two crops as fractions of the image (x, y, w, h in 0..1), each at a fixed ratio of
// pixels: 2.35:1 for the feed, 1:1 for shares (DOMAIN.md, covers). In fractions a crop's height
// follows from its width: h = w × (image width / image height) / ratio.

export const COVER_RATIOS = { wide: 2.35, square: 1 } as const;
export type CoverShape = keyof typeof COVER_RATIOS;
export type Corner = 'nw' | 'ne' | 'sw' | 'se';

/** The smallest crop, as a fraction of the image's width or height, so a frame never vanishes under the pointer. */
const MIN_SIDE = 0.05;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The fraction height per fraction width for `ratio` on an image of `aspect` (= width / height). */
const heightPerWidth = (ratio: number, aspect: number) => aspect / ratio;

/** The largest crop of `ratio` centred on the image: what a new cover starts with. */
export function centredCrop(ratio: number, aspect: number): CoverCrop {
  const k = heightPerWidth(ratio, aspect);
  const w = Math.min(1, 1 / k);
  const h = w * k;
  return { x: (1 - w) / 2, y: (1 - h) / 2, w, h };
}

/** The crop moved by (dx, dy) fractions, kept inside the image. */
export function moveCrop(crop: CoverCrop, dx: number, dy: number): CoverCrop {
  return { ...crop, x: clamp(crop.x + dx, 0, 1 - crop.w), y: clamp(crop.y + dy, 0, 1 - crop.h) };
}

/**
 * The crop resized by dragging `corner` to the point (px, py) in fractions: the opposite corner
 * stays, the ratio holds, and the frame stays inside the image and no smaller than MIN_SIDE.
 */
export function resizeCrop(crop: CoverCrop, corner: Corner, px: number, py: number, ratio: number, aspect: number): CoverCrop {
  const k = heightPerWidth(ratio, aspect);
  const east = corner.includes('e');
  const south = corner.includes('s');
  const ax = east ? crop.x : crop.x + crop.w;
  const ay = south ? crop.y : crop.y + crop.h;
  const room = Math.min(east ? 1 - ax : ax, (south ? 1 - ay : ay) / k);
  const wanted = Math.max(Math.abs(px - ax), Math.abs(py - ay) / k);
  const w = clamp(wanted, Math.min(room, Math.max(MIN_SIDE, MIN_SIDE / k)), room);
  const h = w * k;
  return { x: east ? ax : ax - w, y: south ? ay : ay - h, w, h };
}

/** CSS that shows `crop` of an image as a box's background: the crop fills the box. */
export function cropBackground(src: string, crop: CoverCrop): { backgroundImage: string; backgroundSize: string; backgroundPosition: string } {
  const at = (offset: number, side: number) => (side >= 1 ? 0 : (offset / (1 - side)) * 100);
  return {
    backgroundImage: `url("${src}")`,
    backgroundSize: `${100 / crop.w}% ${100 / crop.h}%`,
    backgroundPosition: `${at(crop.x, crop.w)}% ${at(crop.y, crop.h)}%`,
  };
}
