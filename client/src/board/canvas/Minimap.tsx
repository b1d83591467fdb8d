/**
 * The whole board small, bottom left: lanes in their colours, cards as dots, and the part the
 * viewport shows as a rectangle. A click or a drag on it brings the camera there.
 */
import { createEffect, createMemo } from 'solid-js';
import { inflate, type Rect } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { type Camera, visibleRect } from './camera';
import type { CanvasGeometry } from './canvasGeometry';
import type { CardIndex } from './cardIndex';
import type { CanvasState } from './createCanvasState';

const SIZE = { w: 200, h: 130 };

export function Minimap(props: { state: CanvasState; geometry: CanvasGeometry; index: CardIndex }) {
  const board = useBoard();
  const { t } = useI18n();
  let canvas!: HTMLCanvasElement;
  // The board with a margin around it.
  const world = createMemo((): Rect => {
    const all = props.geometry.boardBounds() ?? { x: 0, y: 0, w: 1000, h: 1000 };
    return inflate(all, Math.max(all.w, all.h) * 0.05);
  });
  const scale = () => Math.min(SIZE.w / world().w, SIZE.h / world().h);
  const toMap = (rect: Rect) => ({ x: (rect.x - world().x) * scale(), y: (rect.y - world().y) * scale(), w: rect.w * scale(), h: rect.h * scale() });

  createEffect(() => {
    props.index.version();
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, SIZE.w, SIZE.h);
    const styles = getComputedStyle(canvas);
    for (const lane of board.state.lanes) {
      const frame = props.geometry.drawnFrame(lane.id);
      if (!frame) continue;
      const r = toMap(frame);
      context.fillStyle = styles.getPropertyValue(`--color-${lane.color}`) || styles.getPropertyValue('--color-grey');
      context.fillRect(r.x, r.y, r.w, r.h);
    }
    // The design tokens' colours: a 2D canvas cannot read `var()` itself.
    context.fillStyle = styles.getPropertyValue('--ink-soft');
    for (const rect of props.index.rects()) {
      const r = toMap(rect);
      context.fillRect(r.x, r.y, Math.max(1, r.w), Math.max(1, r.h));
    }
  });

  const view = () => {
    // Parts of the view beyond the map are clipped by the map's own box.
    const r = toMap(visibleRect(props.state.camera(), props.state.viewport()));
    return { transform: `translate(${r.x}px, ${r.y}px)`, width: `${r.w}px`, height: `${r.h}px` };
  };

  const goTo = (event: PointerEvent) => {
    const box = canvas.getBoundingClientRect();
    const point = { x: world().x + (event.clientX - box.left) / scale(), y: world().y + (event.clientY - box.top) / scale() };
    const { k } = props.state.camera();
    const size = props.state.viewport();
    props.state.setCamera((): Camera => ({ k, x: size.w / 2 - point.x * k, y: size.h / 2 - point.y * k }));
  };
  let dragging = false;
  return (
    <div
      class="minimap"
      data-canvas-ui
      role="img"
      aria-label={t('canvas.minimap')}
      onPointerDown={(event) => {
        dragging = true;
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
        goTo(event);
      }}
      onPointerMove={(event) => dragging && goTo(event)}
      onPointerUp={() => (dragging = false)}
    >
      <canvas ref={canvas} width={SIZE.w} height={SIZE.h} />
      <div class="minimap-view" style={view()} />
    </div>
  );
}
