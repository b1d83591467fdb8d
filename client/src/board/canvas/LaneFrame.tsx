/**
 * A track drawn as a frame: a title bar in the track's colour (facilitators drag it to move
 * the lane, double-click its name to rename it, and open its menu to recolour, move or remove
 * it) and the area its cards sit in. "Zoom to track" frames the lane on screen.
 */
import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { ArrowLeft, ArrowRight, Check, Ellipsis, Palette, Pencil, ScanSearch, Trash2 } from 'lucide-solid';
import { createSignal, For, Show } from 'solid-js';
import { COLORS, type Color, type Lane } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { laneActions } from '../lanes/laneActions';
import type { CanvasGeometry } from './canvasGeometry';
import type { CanvasState } from './createCanvasState';

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
  // Renaming starts once the menu has closed: the menu gives focus back to its button as it
  // closes, which would end the rename at once.
  let renameAfterMenu = false;
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
            <DropdownMenu>
              <DropdownMenu.Trigger
                class="lane-frame-menu icon"
                aria-label={t('canvas.laneMenu', { title: props.lane.title })}
                title={t('canvas.laneMenu', { title: props.lane.title })}
              >
                <Ellipsis size={16} aria-hidden="true" />
              </DropdownMenu.Trigger>
              <DropdownMenu.Portal>
                {/* Portalled, yet its events reach the canvas through Solid's tree: marked as the canvas's own UI. */}
                <DropdownMenu.Content
                  class="menu"
                  data-canvas-ui
                  onCloseAutoFocus={(event) => {
                    if (!renameAfterMenu) return;
                    renameAfterMenu = false;
                    event.preventDefault();
                    setRenaming(true);
                  }}
                >
                  <DropdownMenu.Item class="menu-item" onSelect={() => (renameAfterMenu = true)}>
                    <Pencil size={15} aria-hidden="true" />
                    <DropdownMenu.ItemLabel>{t('board.renameLane')}</DropdownMenu.ItemLabel>
                  </DropdownMenu.Item>
                  <DropdownMenu.Sub>
                    <DropdownMenu.SubTrigger class="menu-item">
                      <Palette size={15} aria-hidden="true" />
                      {t('board.laneColor')}
                    </DropdownMenu.SubTrigger>
                    <DropdownMenu.Portal>
                      <DropdownMenu.SubContent class="menu" data-canvas-ui>
                        <DropdownMenu.RadioGroup value={props.lane.color} onChange={(color) => actions.recolour(color as Color)}>
                          <For each={COLORS}>
                            {(color) => (
                              <DropdownMenu.RadioItem class="menu-item" value={color} closeOnSelect>
                                <span class="swatch" style={{ background: `var(--color-${color})` }} aria-hidden="true" />
                                <DropdownMenu.ItemLabel>{t(`colors.${color}`)}</DropdownMenu.ItemLabel>
                                <DropdownMenu.ItemIndicator class="menu-check">
                                  <Check size={15} aria-hidden="true" />
                                </DropdownMenu.ItemIndicator>
                              </DropdownMenu.RadioItem>
                            )}
                          </For>
                        </DropdownMenu.RadioGroup>
                      </DropdownMenu.SubContent>
                    </DropdownMenu.Portal>
                  </DropdownMenu.Sub>
                  <DropdownMenu.Item class="menu-item" disabled={actions.isFirst()} onSelect={() => actions.moveBy(-1)}>
                    <ArrowLeft size={15} aria-hidden="true" />
                    <DropdownMenu.ItemLabel>{t('board.moveLaneLeft')}</DropdownMenu.ItemLabel>
                  </DropdownMenu.Item>
                  <DropdownMenu.Item class="menu-item" disabled={actions.isLast()} onSelect={() => actions.moveBy(1)}>
                    <ArrowRight size={15} aria-hidden="true" />
                    <DropdownMenu.ItemLabel>{t('board.moveLaneRight')}</DropdownMenu.ItemLabel>
                  </DropdownMenu.Item>
                  <DropdownMenu.Separator class="menu-separator" />
                  <DropdownMenu.Item class="menu-item danger" onSelect={actions.remove}>
                    <Trash2 size={15} aria-hidden="true" />
                    <DropdownMenu.ItemLabel>{t('board.removeLane')}</DropdownMenu.ItemLabel>
                  </DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu.Portal>
            </DropdownMenu>
          </Show>
        </div>
      </header>
      <Show when={board.can.manageTracks}>
        <span class="resize-handle" data-resize={`lane:${props.lane.id}`} title={t('canvas.resizeLane')} />
      </Show>
    </section>
  );
}
