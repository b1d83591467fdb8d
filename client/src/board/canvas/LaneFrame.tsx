/**
 * A track drawn as a frame: a title bar in the track's colour (facilitators drag it to move
 * the lane) and the area its cards sit in. "Zoom to track" frames the lane on screen.
 */
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import type { Lane } from '../../../../shared/board';
import { useBoard } from '../BoardContext';
import type { CanvasGeometry } from './canvasGeometry';
import type { CanvasState } from './createCanvasState';

export function LaneFrame(props: { lane: Lane; geometry: CanvasGeometry; state: CanvasState; onZoomTo: (laneId: string) => void }) {
  const board = useBoard();
  const { t } = useI18n();
  const frame = () => {
    const resizing = props.state.resizing();
    if (resizing?.kind === 'lane' && resizing.id === props.lane.id) return resizing.rect;
    return props.geometry.drawnFrame(props.lane.id) ?? props.lane.frame;
  };
  return (
    <section
      class="lane-frame"
      data-lane-frame={props.lane.id}
      aria-label={props.lane.title}
      style={{
        transform: `translate(${frame().x}px, ${frame().y}px)`,
        width: `${frame().w}px`,
        height: `${frame().h}px`,
        '--lane-color': `var(--color-${props.lane.color})`,
      }}
    >
      <header
        class="lane-frame-title"
        data-lane-handle={board.can.manageTracks ? props.lane.id : undefined}
        title={board.can.manageTracks ? t('canvas.moveLaneHint') : undefined}
      >
        <h2>{props.lane.title}</h2>
        <button type="button" class="lane-frame-zoom" data-canvas-ui onClick={() => props.onZoomTo(props.lane.id)}>
          {t('canvas.zoomToTrack')}
        </button>
      </header>
      <Show when={board.can.manageTracks}>
        <span class="resize-handle" data-resize={`lane:${props.lane.id}`} title={t('canvas.resizeLane')} />
      </Show>
    </section>
  );
}
