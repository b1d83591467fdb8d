/**
 * A track drawn as a frame: a title bar in the track's colour (facilitators drag it to move
 * the lane, double-click its name to rename it, and open its menu to recolour, move or remove
 * it) and the area its cards sit in. "Zoom to track" frames the lane on screen.
 */
import { Ellipsis, ScanSearch } from 'lucide-solid';
import { createSignal, lazy, Show, Suspense } from 'solid-js';
import type { Lane } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { laneActions } from '../lanes/laneActions';
import type { CanvasGeometry } from './canvasGeometry';
import type { CanvasState } from './createCanvasState';

// Only facilitators have a lane menu: a participant's board loads no menu code.
const LaneMenu = lazy(() => import('./LaneMenu').then((m) => ({ default: m.LaneMenu })));

export function LaneFrame(props: { lane: Lane; geometry: CanvasGeometry; state: CanvasState; onZoomTo: (laneId: string) => void }) {
  const board = useBoard();
  const { t } = useI18n();
  const [renaming, setRenaming] = createSignal(false);
  const actions = laneActions(
    board,
    () => props.lane,
    (lane, count) => confirm(t('board.removeLaneConfirm', { title: lane.title, count })),
  );
  const frame = () => {
    const resizing = props.state.resizing();
    if (resizing?.kind === 'lane' && resizing.id === props.lane.id) return resizing.rect;
    return props.geometry.drawnFrame(props.lane.id) ?? props.lane.frame;
  };
  const commit = (value: string) => {
    setRenaming(false);
    actions.rename(value);
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
        data-lane-handle={board.can.manageTracks && !renaming() ? props.lane.id : undefined}
        title={board.can.manageTracks ? t('canvas.moveLaneHint') : undefined}
      >
        <Show
          when={renaming()}
          fallback={
            <h2
              onDblClick={(event) => {
                if (!board.can.manageTracks) return;
                // Not a new note where the title is: the title is being renamed.
                event.stopPropagation();
                setRenaming(true);
              }}
            >
              {props.lane.title}
            </h2>
          }
        >
          <input
            class="lane-frame-rename"
            data-canvas-ui
            aria-label={t('board.renameLane')}
            value={props.lane.title}
            ref={(input) =>
              queueMicrotask(() => {
                input.focus();
                input.select();
              })
            }
            onBlur={(event) => commit(event.currentTarget.value)}
            onKeyDown={(event) => {
              event.stopPropagation();
              if (event.key === 'Enter') commit(event.currentTarget.value);
              if (event.key === 'Escape') setRenaming(false);
            }}
          />
        </Show>
        <div class="lane-frame-tools" data-canvas-ui>
          <button
            type="button"
            class="lane-frame-zoom icon"
            aria-label={`${t('canvas.zoomToTrack')}: ${props.lane.title}`}
            title={t('canvas.zoomToTrack')}
            onClick={() => props.onZoomTo(props.lane.id)}
          >
            <ScanSearch size={16} aria-hidden="true" />
          </button>
          <Show when={board.can.manageTracks}>
            <Suspense
              fallback={
                <button type="button" class="lane-frame-menu icon" disabled aria-label={t('canvas.laneMenu', { title: props.lane.title })}>
                  <Ellipsis size={16} aria-hidden="true" />
                </button>
              }
            >
              <LaneMenu lane={props.lane} actions={actions} onRename={() => setRenaming(true)} />
            </Suspense>
          </Show>
        </div>
      </header>
      <Show when={board.can.manageTracks}>
        <span class="resize-handle" data-resize={`lane:${props.lane.id}`} title={t('canvas.resizeLane')} />
      </Show>
    </section>
  );
}
