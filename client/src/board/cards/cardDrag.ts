/**
 * Drag and drop of cards with pointer events, so mouse, pen and touch behave the same. The
 * drop target is found under the pointer: the lane, and the index among its other cards.
 */
import { moveCard } from '../../../../shared/board';
import type { CardId, LaneId } from '../../../../shared/board/types';
import type { Board } from '../BoardContext';

const DRAG_THRESHOLD_PX = 6;

interface DropTarget {
  laneId: LaneId;
  index: number;
}

function findDropTarget(x: number, y: number, draggedId: string): DropTarget | null {
  const lane = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-lane-id]');
  if (!lane) return null;
  const tiles = [...lane.querySelectorAll<HTMLElement>('[data-card-id]')].filter((tile) => tile.dataset.cardId !== draggedId);
  const index = tiles.filter((tile) => {
    const rect = tile.getBoundingClientRect();
    return rect.top + rect.height / 2 < y;
  }).length;
  return { laneId: lane.dataset.laneId as LaneId, index };
}

function showIndicator(target: DropTarget | null, draggedId: string) {
  document.querySelectorAll('.drop-lane, .drop-before').forEach((el) => {
    el.classList.remove('drop-lane', 'drop-before', 'drop-end');
  });
  if (!target) return;
  const lane = document.querySelector<HTMLElement>(`[data-lane-id="${CSS.escape(target.laneId)}"]`);
  lane?.classList.add('drop-lane');
  const tiles = [...(lane?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [])].filter((tile) => tile.dataset.cardId !== draggedId);
  const before = tiles[target.index];
  if (before) before.classList.add('drop-before');
  else lane?.classList.add('drop-end');
}

/** Starts a possible drag from a pointerdown; returns whether it became a drag (to swallow the click). */
export function startCardDrag(event: PointerEvent, cardId: CardId, board: Board, onDragged: () => void): void {
  if (event.button !== 0 || !board.canEdit()) return;
  const tile = (event.currentTarget as HTMLElement).closest<HTMLElement>('[data-card-id]');
  if (!tile) return;
  const startX = event.clientX;
  const startY = event.clientY;
  let ghost: HTMLElement | null = null;
  let target: DropTarget | null = null;

  const move = (e: PointerEvent) => {
    if (!ghost) {
      if (Math.hypot(e.clientX - startX, e.clientY - startY) < DRAG_THRESHOLD_PX) return;
      const rect = tile.getBoundingClientRect();
      ghost = tile.cloneNode(true) as HTMLElement;
      ghost.classList.add('drag-ghost');
      Object.assign(ghost.style, { width: `${rect.width}px`, left: `${rect.left}px`, top: `${rect.top}px` });
      document.body.append(ghost);
      tile.classList.add('dragging');
    }
    e.preventDefault();
    ghost.style.transform = `translate(${e.clientX - startX}px, ${e.clientY - startY}px) rotate(2deg)`;
    target = findDropTarget(e.clientX, e.clientY, cardId);
    showIndicator(target, cardId);
  };
  const finish = (commit: boolean) => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', cancel);
    showIndicator(null, cardId);
    tile.classList.remove('dragging');
    if (!ghost) return;
    ghost.remove();
    onDragged();
    if (commit && target) moveCard(board.doc, cardId, target);
  };
  const up = () => finish(true);
  const cancel = () => finish(false);
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', cancel);
}
