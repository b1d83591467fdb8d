/**
 * Pointer and wheel input on the canvas: a press on a card selects it and a drag moves the
 * selection (one `moveCards` when dropped, shown live to others meanwhile), a drag on empty
 * space draws a marquee, a lane's title bar moves the lane and a cluster's its notes, a corner handle resizes; Space, the middle
 * button, the hand tool or one finger pan; the wheel pans and Ctrl/⌘+wheel zooms at the cursor.
 */
import { intersects, moveLaneFrame, rectFromCorners, resizeCard, resizeLaneFrame, snapPoint, type Point, type Rect } from '../../../../shared/board';
import type { Board } from '../BoardContext';
import type { Presence } from '../presence/createPresence';
import type { BoardView } from '../view/createBoardView';
import { asOneStep, moveCardsBy } from './canvasActions';
import type { CanvasGeometry } from './canvasGeometry';
import { setEditingCluster } from './clusterEditing';
import { paintsBlocks, panBy, screenToCanvas, wheelPixels, wheelZoomFactor, zoomAt } from './camera';
import type { CardIndex } from './cardIndex';
import { type CanvasState, GRID } from './createCanvasState';

/** Movement (screen pixels) before a press on a card becomes a drag. */
const DRAG_THRESHOLD = 4;

type Gesture =
  | { kind: 'pan'; last: Point }
  | { kind: 'drag'; start: Point; moved: boolean; ids: string[]; primary: string; narrows?: boolean }
  | { kind: 'lane'; laneId: string; start: Point; frame: Rect }
  | { kind: 'marquee'; start: Point; base: ReadonlySet<string> }
  | { kind: 'resize'; target: 'card' | 'lane'; id: string; start: Point; rect: Rect };

export interface PointerContext {
  board: Board;
  /** Where others see this pointer, and the drag in progress. */
  presence: Presence;
  /** The open card (the canvas does not move under it), and opening one. */
  view: BoardView;
  state: CanvasState;
  geometry: CanvasGeometry;
  index: CardIndex;
  viewport: () => HTMLElement;
  /** Whether others see this pointer as a cursor (not a projector's). */
  sharesCursor: boolean;
}

export function createCanvasPointer({ board, presence, view, state, geometry, index, viewport, sharesCursor }: PointerContext) {
  let gesture: Gesture | null = null;
  /** Space held down: the next drag pans. */
  let spaceHeld = false;
  /** A lane frame being dragged by its title bar, and how far. */
  let laneOffset: { laneId: string; by: Point } | null = null;

  const local = (event: { clientX: number; clientY: number }): Point => {
    const box = viewport().getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const toCanvas = (event: { clientX: number; clientY: number }) => screenToCanvas(state.camera(), local(event));

  /** The card a pointer event is on: its DOM note, or the block painted there (see `paintsBlocks`). */
  const cardUnder = (event: MouseEvent): string | undefined => {
    const note = (event.target as HTMLElement).closest<HTMLElement>('[data-canvas-card]')?.dataset.canvasCard;
    if (note || !paintsBlocks(state.camera().k, index.count())) return note;
    return geometry.cardAt(toCanvas(event)) ?? undefined;
  };

  const onWheel = (event: WheelEvent) => {
    if (view.openCardId()) return;
    event.preventDefault();
    const delta = wheelPixels(event, viewport().clientHeight);
    if (event.ctrlKey || event.metaKey) {
      const anchor = local(event);
      state.setCamera((camera) => zoomAt(camera, anchor, camera.k * wheelZoomFactor(delta.y)));
    } else if (event.shiftKey && delta.x === 0) state.setCamera((camera) => panBy(camera, { x: -delta.y, y: 0 }));
    else state.setCamera((camera) => panBy(camera, { x: -delta.x, y: -delta.y }));
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button === 2 || (event.target as HTMLElement).closest('[data-canvas-ui]')) return;
    const target = event.target as HTMLElement;
    const cardId = cardUnder(event);
    const clusterId = target.closest<HTMLElement>('[data-cluster-handle]')?.dataset.clusterHandle;
    const onEmpty = !cardId && !clusterId && !target.closest('[data-lane-handle]');
    // A finger on empty space pans (a second finger turns it into a pinch, see `bindPinch`).
    const touchPan = event.pointerType === 'touch' && onEmpty;
    if (event.button === 1 || touchPan || (event.button === 0 && (spaceHeld || state.tool() === 'hand'))) {
      event.preventDefault();
      gesture = { kind: 'pan', last: local(event) };
    } else if (event.button !== 0) return;
    else if (target.closest('textarea')) return;
    else {
      // No focus-on-press and no text selection while dragging; a note being typed ends first.
      event.preventDefault();
      if (state.draft()) (document.activeElement as HTMLElement | null)?.blur();
      const laneId = target.closest<HTMLElement>('[data-lane-handle]')?.dataset.laneHandle;
      const resize = target.closest<HTMLElement>('[data-resize]')?.dataset.resize?.split(':') as ['card' | 'lane', string] | undefined;
      const resized = resize && (resize[0] === 'card' ? geometry.rectOf(resize[1]) : (board.state.lanes.find((lane) => lane.id === resize[1])?.frame ?? null));
      if (resize && resized) {
        event.stopPropagation();
        gesture = { kind: 'resize', target: resize[0], id: resize[1], start: local(event), rect: resized };
      } else if (cardId) {
        // A press on one of several selected cards keeps them all for a drag; a click without
        // a drag then selects that card alone, as in every canvas tool.
        const narrows = !event.shiftKey && state.selected().has(cardId) && state.selected().size > 1;
        if (event.shiftKey) state.toggle(cardId);
        else if (!state.selected().has(cardId)) state.select([cardId]);
        gesture =
          board.canEdit() && state.selected().has(cardId)
            ? { kind: 'drag', start: local(event), moved: false, ids: [...state.selected()], primary: cardId, narrows }
            : narrows
              ? (state.select([cardId]), null)
              : null;
      } else if (clusterId) {
        // A cluster's title bar takes its notes: selects them all and drags them as one.
        const members = geometry.membersOf(clusterId);
        state.select(event.shiftKey ? [...state.selected(), ...members] : members);
        gesture =
          board.canEdit() && members.length > 0 ? { kind: 'drag', start: local(event), moved: false, ids: [...state.selected()], primary: members[0]! } : null;
      } else if (laneId && board.can.manageTracks) {
        const lane = board.state.lanes.find((candidate) => candidate.id === laneId);
        if (lane) gesture = { kind: 'lane', laneId, start: local(event), frame: lane.frame };
      } else if (state.tool() === 'note' && board.offersNewIdeas()) {
        event.preventDefault();
        state.setDraft({ at: geometry.noteCornerAt(toCanvas(event)) });
        state.setTool('select');
      } else {
        if (!event.shiftKey) state.clearSelection();
        gesture = { kind: 'marquee', start: toCanvas(event), base: state.selected() };
      }
    }
    if (gesture) viewport().setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent) => {
    const point = toCanvas(event);
    if (sharesCursor) presence.moveCursor({ ...point, view: 'canvas' });
    if (!gesture) return;
    const k = state.camera().k;
    switch (gesture.kind) {
      case 'pan': {
        const now = local(event);
        const by = { x: now.x - gesture.last.x, y: now.y - gesture.last.y };
        gesture.last = now;
        state.setCamera((camera) => panBy(camera, by));
        break;
      }
      case 'drag': {
        const now = local(event);
        const by = { x: (now.x - gesture.start.x) / k, y: (now.y - gesture.start.y) / k };
        if (!gesture.moved && Math.hypot(now.x - gesture.start.x, now.y - gesture.start.y) < DRAG_THRESHOLD) return;
        gesture.moved = true;
        state.setDragOffset(by);
        presence.setDrag({ ids: gesture.ids, dx: by.x, dy: by.y });
        break;
      }
      case 'lane': {
        const now = local(event);
        laneOffset = { laneId: gesture.laneId, by: { x: (now.x - gesture.start.x) / k, y: (now.y - gesture.start.y) / k } };
        geometry.setLaneOffset(laneOffset);
        break;
      }
      case 'resize': {
        const now = local(event);
        const { w, h } = gesture.rect;
        state.setResizing({
          kind: gesture.target,
          id: gesture.id,
          rect: { ...gesture.rect, w: Math.max(1, w + (now.x - gesture.start.x) / k), h: Math.max(1, h + (now.y - gesture.start.y) / k) },
        });
        break;
      }
      case 'marquee': {
        const rect = rectFromCorners(gesture.start, point);
        state.setMarquee(rect);
        const hit = index.search(rect).filter((id) => intersects(rect, geometry.rectOf(id) ?? rect));
        state.select([...gesture.base, ...hit]);
        break;
      }
    }
  };

  const onPointerUp = (event: PointerEvent) => {
    const done = gesture;
    gesture = null;
    if (viewport().hasPointerCapture(event.pointerId)) viewport().releasePointerCapture(event.pointerId);
    if (!done) return;
    if (done.kind === 'drag' && !done.moved && done.narrows) state.select([done.primary]);
    else if (done.kind === 'drag' && done.moved) {
      const by = snappedOffset(done.primary, state.dragOffset() ?? { x: 0, y: 0 });
      state.setDragOffset(null);
      presence.setDrag(null);
      // Places are rounded to whole units where they are stored (`placementAt`).
      asOneStep(board, () => moveCardsBy(board, geometry, done.ids, by));
    } else if (done.kind === 'lane') {
      const offset = laneOffset;
      laneOffset = null;
      geometry.setLaneOffset(null);
      if (offset && (offset.by.x !== 0 || offset.by.y !== 0)) {
        asOneStep(board, () => moveLaneFrame(board.doc, done.laneId as never, { x: done.frame.x + offset.by.x, y: done.frame.y + offset.by.y }));
      }
    } else if (done.kind === 'resize') {
      const resized = state.resizing();
      state.setResizing(null);
      if (resized) {
        asOneStep(board, () => {
          if (resized.kind === 'card') resizeCard(board.doc, resized.id as never, resized.rect);
          else resizeLaneFrame(board.doc, resized.id as never, resized.rect);
        });
      }
    } else if (done.kind === 'marquee') state.setMarquee(null);
  };

  /** With the grid on, the card grabbed lands on the grid and the others keep their distance to it. */
  const snappedOffset = (primary: string, by: Point): Point => {
    const rect = geometry.rectOf(primary);
    if (!state.snapToGrid() || !rect) return by;
    const to = snapPoint({ x: rect.x + by.x, y: rect.y + by.y }, GRID);
    return { x: to.x - rect.x, y: to.y - rect.y };
  };

  const onDoubleClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-canvas-ui]') || target.closest('textarea')) return;
    // A double-click on a cluster's title bar renames it.
    const clusterId = target.closest<HTMLElement>('[data-cluster-handle]')?.dataset.clusterHandle;
    if (clusterId) return board.canEdit() && setEditingCluster(clusterId);
    const cardId = cardUnder(event);
    if (cardId) view.openCard(cardId);
    else if (board.offersNewIdeas()) state.setDraft({ at: geometry.noteCornerAt(toCanvas(event)) });
  };

  return {
    local,
    toCanvas,
    onWheel,
    onPointerDown,
    onPointerMove,
    onPointerUp,
    onDoubleClick,
    setSpaceHeld: (held: boolean) => (spaceHeld = held),
    /** Drops whatever gesture is on (a second finger turned it into a pinch). */
    cancel: () => (gesture = null),
  };
}
