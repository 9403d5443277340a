import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverCrop } from '../../../../src-shared/contract/articles';
import { moveCrop, resizeCrop, type Corner } from './crop';

interface Props {
  src: string;
  crop: CoverCrop;
  ratio: number;
  /** The image's width / height. */
  aspect: number;
  onChange: (crop: CoverCrop) => void;
}

/** The tallest the image is shown, so a portrait image fits the drawer. */
const MAX_HEIGHT = 320;
const CORNERS: Corner[] = ['nw', 'ne', 'sw', 'se'];
/** Arrow keys move the frame by this fraction of the image (Shift: five times as far). */
const KEY_STEP = 0.01;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

type Drag = { kind: 'move'; startX: number; startY: number; from: CoverCrop } | { kind: 'resize'; corner: Corner };

/** A frame of a fixed ratio over the image: drag it to move, drag a corner to resize, or move it with the arrow keys. */
export function CoverCropper({ src, crop, ratio, aspect, onChange }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);

  /** The pointer's place in fractions of the image. */
  const pointAt = (event: ReactPointerEvent) => {
    const rect = box.current!.getBoundingClientRect();
    return { px: (event.clientX - rect.left) / rect.width, py: (event.clientY - rect.top) / rect.height };
  };

  function start(event: ReactPointerEvent, next: Drag) {
    event.preventDefault();
    event.stopPropagation();
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    drag.current = next;
  }

  function onPointerMove(event: ReactPointerEvent) {
    const current = drag.current;
    if (!current) return;
    const { px, py } = pointAt(event);
    if (current.kind === 'move') onChange(moveCrop(current.from, px - current.startX, py - current.startY));
    else onChange(resizeCrop(crop, current.corner, px, py, ratio, aspect));
  }

  const stop = () => void (drag.current = null);

  return (
    <div
      ref={box}
      className="cover-cropper"
      style={{ aspectRatio: `${aspect}`, width: `min(100%, ${Math.round(MAX_HEIGHT * aspect)}px)` }}
      data-testid="cover-cropper"
      onPointerMove={onPointerMove}
      onPointerUp={stop}
      onPointerCancel={stop}
    >
      <img src={src} alt="" draggable={false} className="cover-cropper__image" />
      <div
        className="cover-cropper__frame"
        data-testid="cover-crop-frame"
        role="slider"
        tabIndex={0}
        aria-label={t('articles.meta.cover.frame')}
        aria-valuetext={`${Math.round(crop.x * 100)}%, ${Math.round(crop.y * 100)}%`}
        style={{ left: `${crop.x * 100}%`, top: `${crop.y * 100}%`, width: `${crop.w * 100}%`, height: `${crop.h * 100}%` }}
        onPointerDown={(event) => {
          const { px, py } = pointAt(event);
          start(event, { kind: 'move', startX: px, startY: py, from: crop });
        }}
        onKeyDown={(event) => {
          const arrow = ARROWS[event.key];
          if (!arrow) return;
          event.preventDefault();
          const step = event.shiftKey ? KEY_STEP * 5 : KEY_STEP;
          onChange(moveCrop(crop, arrow[0] * step, arrow[1] * step));
        }}
      >
        {CORNERS.map((corner) => (
          <span key={corner} className={`cover-cropper__handle cover-cropper__handle--${corner}`} data-testid={`cover-crop-${corner}`} onPointerDown={(event) => start(event, { kind: 'resize', corner })} />
        ))}
      </div>
    </div>
  );
}
