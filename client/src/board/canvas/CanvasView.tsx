/**
 * The board as a canvas: lanes as frames side by side, cards as notes where people put them,
 * one transformed layer for the camera, and only the cards in or near the viewport in the DOM.
 * Input is `canvasPointer.ts` (pointer, wheel), `pinch.ts` (touch) and `canvasKeys.ts`.
 */
import { createEffect, createMemo, createSignal, For, type JSX, on, onCleanup, onMount, Show, untrack } from 'solid-js';
import { Plus } from 'lucide-solid';
import { addLane, boundsOf, compareStacking, nextLaneFrame, type Rect } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useFollow } from '../follow/FollowContext';
import { usePresence } from '../presence/PresenceContext';
import { usePrivateIdeasIfAny } from '../private/PrivateIdeasContext';
import { useBoardView } from '../view/BoardViewContext';
import { CanvasCard } from './CanvasCard';
import { CanvasCursors } from './CanvasCursors';
import { ClusterFrame } from './ClusterFrame';
import { CardBlocks } from './CardBlocks';
import { bindCanvasKeys } from './canvasKeys';
import { LaneFrame } from './LaneFrame';
import { Minimap } from './Minimap';
import { SelectionToolbar } from './SelectionToolbar';
import { ToolRail } from './ToolRail';
import { NoteDraftEditor } from './NoteDraftEditor';
import { PrivateNote } from './PrivateNote';
import { ZoomControls } from './ZoomControls';
import { bindPinch } from './pinch';
import { fitRect, hasBlocks, paintsBlocks, renderArea, visibleRect, ZOOM } from './camera';
import { createCardIndex } from './cardIndex';
import { createKeyedFeed } from './keyedFeed';
import { MOUNT_PER_FRAME, nextMounted } from './mountSchedule';
import { createCanvasState } from './createCanvasState';
import { createCanvasPointer } from './canvasPointer';
import { createCanvasGeometry } from './canvasGeometry';

/**
 * `watch`: the board for a room to look at (the projector): the camera moves, nothing else
 * does; the whole board stays fitted unless the room follows a facilitator. `tools`: the
 * board's view switch and filters, floating over the canvas's top edge.
 */
export function CanvasView(props: { watch?: boolean; tools?: JSX.Element }) {
  const board = useBoard();
  const presence = usePresence();
  const boardView = useBoardView();
  const follow = useFollow();
  // Undefined on the projector, which writes no ideas: no private notes there, and no note to type.
  const privateIdeas = usePrivateIdeasIfAny();
  const { t } = useI18n();
  const state = createCanvasState();
  if (props.watch) state.setTool('hand');
  const index = createCardIndex(board);
  onCleanup(index.dispose);
  const geometry = createCanvasGeometry(board, index);
  let viewport!: HTMLDivElement;
  const pointer = createCanvasPointer({ board, presence, view: boardView, state, geometry, index, viewport: () => viewport, sharesCursor: !props.watch });

  // Others see what this person has selected, outlined in their colour.
  createEffect(() => presence.setSelection([...state.selected()]));
  onCleanup(() => presence.setSelection([]));
  /** Cards others have selected: in whose colour. */
  const remoteSelections = createMemo(() => {
    const selections = new Map<string, string>();
    for (const selection of presence.selections()) for (const id of selection.ids) selections.set(id, selection.color);
    return selections;
  });

  /** Cards others are dragging right now: where they are on the way, in whose colour. */
  const remoteDrags = createMemo(() => {
    const drags = new Map<string, { dx: number; dy: number; color: string; name: string }>();
    for (const drag of presence.drags()) for (const id of drag.ids) drags.set(id, { dx: drag.dx, dy: drag.dy, color: drag.color, name: drag.name });
    return drags;
  });
  const remoteDragOf = createKeyedFeed(remoteDrags, (a, b) => a.dx === b.dx && a.dy === b.dy && a.color === b.color && a.name === b.name);
  const remoteSelectionOf = createKeyedFeed(remoteSelections);
  // Which cards are being dragged changes at a drop, not at every step of a drag: the cards on
  // screen are worked out again only then.
  const remotelyDraggedIds = createMemo(() => [...remoteDrags().keys()], [], { equals: sameIds });

  // Far out on a big board the cards are painted as blocks (`CardBlocks`); only the selection stays DOM,
  // so it can still be dragged, typed into and focused.
  const farOut = createMemo(() => paintsBlocks(state.camera().k, index.count()));
  const area = createMemo<Rect | null>((previous) => (farOut() ? null : renderArea(previous, visibleRect(state.camera(), state.viewport()))), null);
  // The cards in or near the viewport (see `renderArea`), whatever is selected, and what others drag.
  const visibleIds = createMemo(() => {
    index.version();
    const near = area();
    const ids = new Set(near ? index.search(near) : []);
    for (const id of state.selected()) ids.add(id);
    if (near) for (const id of remotelyDraggedIds()) ids.add(id);
    const cards = [...ids].flatMap((id) => (board.state.cards[id] ? [board.state.cards[id]!] : []));
    return cards.sort(compareStacking).map((card) => card.id as string);
  });

  // On a big board, mounted in batches (`mountSchedule.ts`), a card a painted block until its
  // turn; a smaller board, which has no blocks to stand in, mounts what it shows at once.
  const big = createMemo(() => hasBlocks(index.count()));
  const [mounted, setMounted] = createSignal<ReadonlySet<string>>(new Set());
  let mountFrame = 0;
  createEffect(() => {
    const want = visibleIds();
    const urgent = [...state.selected(), ...remotelyDraggedIds()];
    cancelAnimationFrame(mountFrame);
    const step = () => {
      const view = visibleRect(untrack(state.camera), untrack(state.viewport));
      const batch = untrack(big) ? MOUNT_PER_FRAME : Number.POSITIVE_INFINITY;
      const next = nextMounted(want, untrack(mounted), urgent, geometry.rectOf, { x: view.x + view.w / 2, y: view.y + view.h / 2 }, batch);
      setMounted(next);
      if (next.size < want.length) mountFrame = requestAnimationFrame(step);
    };
    step();
  });
  onCleanup(() => cancelAnimationFrame(mountFrame));
  const shownIds = createMemo(() => {
    const have = mounted();
    return visibleIds().filter((id) => have.has(id));
  });
  // The blocks canvas, on a big board: everything far out, and what waits to be mounted nearer in.
  const paintsAny = createMemo(() => farOut() || shownIds().length < visibleIds().length);

  let fittedEmpty: ReturnType<typeof state.camera> | null = null;
  onMount(() => {
    const resize = new ResizeObserver(() => state.setViewport({ w: viewport.clientWidth, h: viewport.clientHeight }));
    resize.observe(viewport);
    onCleanup(() => resize.disconnect());
    state.setViewport({ w: viewport.clientWidth, h: viewport.clientHeight });
    state.fit(geometry.boardBounds());
    fittedEmpty = state.camera();
    const unbind = bindCanvasKeys({ board, view: boardView, state, geometry, viewport });
    onCleanup(unbind);
    const spaceDown = (event: KeyboardEvent) => {
      if (event.code === 'Space' && !isTyping(event.target)) {
        pointer.setSpaceHeld(true);
        if (viewport.contains(document.activeElement) || document.activeElement === document.body) event.preventDefault();
      }
    };
    const spaceUp = (event: KeyboardEvent) => {
      if (event.code === 'Space') pointer.setSpaceHeld(false);
    };
    const blur = () => pointer.setSpaceHeld(false);
    window.addEventListener('keydown', spaceDown);
    window.addEventListener('keyup', spaceUp);
    window.addEventListener('blur', blur);
    onCleanup(() => {
      window.removeEventListener('keydown', spaceDown);
      window.removeEventListener('keyup', spaceUp);
      window.removeEventListener('blur', blur);
    });
    // Two fingers: whatever the first one started is over.
    onCleanup(bindPinch(viewport, state, pointer.local, pointer.cancel));
    // Wheel listeners must not be passive: the page must not scroll or zoom under the canvas.
    viewport.addEventListener('wheel', pointer.onWheel, { passive: false });
    onCleanup(() => viewport.removeEventListener('wheel', pointer.onWheel));
  });

  // A board opened before its content arrived was fitted empty: fit it again once it is in,
  // unless the person or a request has moved the camera meanwhile.
  createEffect(
    on(
      () => board.connection.synced(),
      (synced, wasSynced) => {
        if (!synced || wasSynced || props.watch) return;
        if (state.camera() === fittedEmpty) state.fit(geometry.boardBounds());
      },
    ),
  );
  // Asked to go somewhere (a breakout landing on a track, following a facilitator): frame it.
  createEffect(
    on(boardView.cameraRequest, (request) => {
      if (!request) return;
      if (request.kind === 'lane') (request.fly ? state.flyTo : state.fit)(geometry.drawnFrame(request.laneId));
      else state.setCamera(fitRect(request.area, state.viewport(), 0, ZOOM.max));
    }),
  );
  // Watching: the whole board stays in view as it grows, unless the room follows someone.
  createEffect(
    on(
      () => (props.watch && !follow.following() && state.viewport().w > 1 ? geometry.boardBounds() : null),
      (bounds) => bounds && state.fit(bounds),
    ),
  );
  // What is on screen, once the camera rests: what followers see when this person leads.
  let settle: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    const view = visibleRect(state.camera(), state.viewport());
    clearTimeout(settle);
    settle = setTimeout(() => boardView.setViewArea(roundedArea(view)), AREA_SETTLE_MS);
  });
  onCleanup(() => {
    clearTimeout(settle);
    boardView.setViewArea(null);
  });

  // The camera, written straight to the layer's style: one transform for everything on it.
  let layer!: HTMLDivElement;
  createEffect(() => {
    const { x, y, k } = state.camera();
    layer.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
  });

  return (
    <section class="canvas" classList={{ 'with-tools': !!props.tools }} aria-label={t('canvas.label')}>
      {props.tools}
      <div
        ref={viewport}
        class="canvas-viewport"
        classList={{ panning: state.tool() === 'hand', placing: state.tool() === 'note' }}
        role="application"
        aria-roledescription={t('canvas.roleDescription')}
        tabindex="-1"
        onPointerDown={pointer.onPointerDown}
        onPointerMove={pointer.onPointerMove}
        onPointerUp={pointer.onPointerUp}
        onPointerCancel={pointer.onPointerUp}
        onPointerLeave={() => !props.watch && presence.moveCursor(null)}
        onDblClick={pointer.onDoubleClick}
      >
        <div ref={layer} class="canvas-layer">
          <For each={board.state.lanes}>
            {(lane) => (
              <LaneFrame
                lane={lane}
                geometry={geometry}
                state={state}
                onZoomTo={(id) => {
                  // The track in view, for "follow me" and the phone-sized list.
                  boardView.focusLane(id);
                  state.fit(geometry.drawnFrame(id));
                }}
              />
            )}
          </For>
          <Show when={board.can.manageTracks && !props.watch}>
            <button
              type="button"
              class="lane-frame-add"
              data-canvas-ui
              style={placeOf(nextLaneFrame(board.state.lanes.map((lane) => lane.frame)))}
              onClick={() => addLane(board.doc, { title: t('board.newLaneTitle') })}
            >
              <Plus size={18} aria-hidden="true" /> {t('board.addLane')}
            </button>
          </Show>
          <Show when={geometry.parkedCount() > 0}>
            <div class="parking-lot-area" style={geometry.parkingStyle()}>
              <span>{t('board.parkingLot')}</span>
            </div>
          </Show>
          <For each={board.state.clusters}>{(cluster) => <ClusterFrame cluster={cluster} state={state} geometry={geometry} />}</For>
          <Show when={big()}>
            <CardBlocks state={state} geometry={geometry} shown={paintsAny()} inDom={mounted} remoteDrags={remoteDrags} remoteSelections={remoteSelections} />
          </Show>
          <For each={shownIds()}>
            {(id) => <CanvasCard id={id} state={state} geometry={geometry} remoteDrag={remoteDragOf(id)} remoteSelection={remoteSelectionOf(id)} />}
          </For>
          <Show when={privateIdeas}>
            {(ideas) => (
              <For each={ideas().ideas()}>
                {(idea) => (
                  <PrivateNote
                    idea={idea}
                    frame={idea.laneId === '' ? null : (geometry.drawnFrame(idea.laneId) ?? null)}
                    stackIndex={ideas()
                      .inLane(idea.laneId)
                      .filter((other) => !other.at)
                      .indexOf(idea)}
                  />
                )}
              </For>
            )}
          </Show>
          <Show when={state.marquee()}>
            {(rect) => (
              <div class="marquee" style={{ transform: `translate(${rect().x}px, ${rect().y}px)`, width: `${rect().w}px`, height: `${rect().h}px` }} />
            )}
          </Show>
          <Show when={privateIdeas && state.draft()}>{(draft) => <NoteDraftEditor draft={draft()} state={state} geometry={geometry} />}</Show>
          <CanvasCursors zoom={state.camera().k} />
        </div>
        <Show when={!props.watch}>
          <ToolRail state={state} />
          <SelectionToolbar state={state} />
        </Show>
        <Minimap state={state} geometry={geometry} index={index} />
        <ZoomControls state={state} onFit={() => state.fit(geometry.boardBounds())} />
      </div>
    </section>
  );
}

/** Where the button that adds a track sits: the top of where the next track's frame will go. */
const placeOf = (frame: Rect) => ({ transform: `translate(${frame.x}px, ${frame.y}px)`, width: `${Math.min(frame.w, 320)}px` });

/** How long the camera rests before what it shows counts as this person's view (a pan is one move for followers). */
const AREA_SETTLE_MS = 250;

/** Whole canvas units: followers need no more, and the session document gets fewer distinct values. */
const roundedArea = (area: Rect): Rect => ({
  x: Math.round(area.x),
  y: Math.round(area.y),
  w: Math.max(1, Math.round(area.w)),
  h: Math.max(1, Math.round(area.h)),
});

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Whether a key event is typing into a field, where canvas shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** The bounds of what `ids` cover, for "fit selection". */
export function selectionBounds(ids: Iterable<string>, rectOf: (id: string) => Rect | null): Rect | null {
  return boundsOf([...ids].flatMap((id) => rectOf(id) ?? []));
}
