/**
 * Two-finger pinch on touch screens (@use-gesture): zooms around the fingers and pans with
 * them. Ctrl+wheel and trackpad pinch arrive as wheel events and are handled with the wheel.
 * The gesture library is loaded only where there is a touch screen (or at the first touch), so
 * a desktop's board page does not carry it.
 */
import type { Point } from '../../../../shared/board';
import { panBy, ZOOM, zoomAt } from './camera';
import type { CanvasState } from './createCanvasState';

export function bindPinch(
  element: HTMLElement,
  state: CanvasState,
  local: (point: { clientX: number; clientY: number }) => Point,
  onStart: () => void,
): () => void {
  let destroyed = false;
  let destroy = () => {};
  const attach = async () => {
    const { PinchGesture } = await import('@use-gesture/vanilla');
    if (destroyed) return;
    let last: Point | null = null;
    const gesture = new PinchGesture(
      element,
      ({ first, last: ended, origin: [clientX, clientY], offset: [scale] }) => {
        const at = local({ clientX, clientY });
        if (first) onStart();
        const by = last ? { x: at.x - last.x, y: at.y - last.y } : { x: 0, y: 0 };
        last = ended ? null : at;
        state.setCamera((camera) => zoomAt(panBy(camera, by), at, scale));
      },
      { scaleBounds: { min: ZOOM.min, max: ZOOM.max }, from: () => [state.camera().k, 0], pinchOnWheel: false, eventOptions: { passive: false } },
    );
    // Said on the element once pinching works (the library arrives a moment after the canvas).
    element.dataset.pinch = 'ready';
    destroy = () => {
      delete element.dataset.pinch;
      gesture.destroy();
    };
  };
  const firstTouch = () => void attach();
  if (navigator.maxTouchPoints > 0) void attach();
  else element.addEventListener('touchstart', firstTouch, { once: true, passive: true });
  return () => {
    destroyed = true;
    element.removeEventListener('touchstart', firstTouch);
    destroy();
  };
}
