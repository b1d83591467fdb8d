/** Moving a card with the keyboard: Alt+↑/↓ within its lane, Alt+←/→ to the neighbouring lane (from the parking lot, → to the first). */
import { moveCard } from '../../../../shared/board';
import type { Card } from '../../../../shared/board/types';
import type { Board } from '../BoardContext';
import { PARKED } from '../store/createBoardStore';

export function moveCardByKey(event: KeyboardEvent, card: Card, board: Board): boolean {
  if (!event.altKey || !board.canEdit()) return false;
  const lanes = board.state.lanes;
  const laneIndex = lanes.findIndex((lane) => lane.id === card.laneId);
  const ids = board.state.laneCards[card.laneId ?? PARKED] ?? [];
  const index = ids.indexOf(card.id);
  let to: { laneId: Card['laneId']; index: number } | null = null;
  if (event.key === 'ArrowUp' && index > 0) to = { laneId: card.laneId, index: index - 1 };
  if (event.key === 'ArrowDown' && index < ids.length - 1) to = { laneId: card.laneId, index: index + 1 };
  if (event.key === 'ArrowLeft' && laneIndex > 0) to = { laneId: lanes[laneIndex - 1]!.id, index: 0 };
  if (event.key === 'ArrowRight' && laneIndex < lanes.length - 1) to = { laneId: lanes[laneIndex + 1]!.id, index: 0 };
  if (!to) return false;
  event.preventDefault();
  moveCard(board.doc, card.id, to);
  // Keep focus on the moved card once it re-renders in its new place.
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(card.id)}"]`)?.focus());
  return true;
}
