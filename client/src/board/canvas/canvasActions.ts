/** Actions on the selection that both the keyboard and the selection toolbar offer, each one undo step. */
import { deleteCard, duplicateCards, groupCards, moveCards, ungroupCards, type CardId, type Point } from '../../../../shared/board';
import type { Board } from '../BoardContext';
import type { CanvasGeometry } from './canvasGeometry';
import { setEditingCluster } from './clusterEditing';
import type { CanvasState } from './createCanvasState';

/** Runs `change` as an undo step of its own. */
export function asOneStep(board: Board, change: () => void): void {
  board.undo.stopCapturing();
  change();
  board.undo.stopCapturing();
}

/** The selected cards that still exist. */
export const selectedCards = (board: Board, state: CanvasState): CardId[] => [...state.selected()].filter((id) => board.state.cards[id]) as CardId[];

export function deleteSelection(board: Board, state: CanvasState): void {
  const ids = selectedCards(board, state);
  if (ids.length === 0) return;
  board.deleteWithUndo(() =>
    board.doc.transact(() => {
      for (const id of ids) deleteCard(board.doc, id);
    }),
  );
  state.clearSelection();
}

export function duplicateSelection(board: Board, state: CanvasState): void {
  const ids = selectedCards(board, state);
  if (ids.length > 0) asOneStep(board, () => state.select(duplicateCards(board.doc, ids, board.name)));
}

/** Moves the cards by `by` (canvas units) in one transaction: a drop after a drag, or a nudge. Nothing for no offset. */
export function moveCardsBy(board: Board, geometry: CanvasGeometry, ids: readonly string[], by: Point): void {
  if (by.x === 0 && by.y === 0) return;
  const moves = ids.flatMap((id) => {
    const rect = geometry.rectOf(id);
    return rect ? [{ id: id as CardId, to: { x: rect.x + by.x, y: rect.y + by.y } }] : [];
  });
  if (moves.length > 0) moveCards(board.doc, moves);
}

/** Groups the selection (two or more notes) into a new cluster and puts the cursor in its title. */
export function groupSelection(board: Board, state: CanvasState): void {
  const ids = selectedCards(board, state);
  if (ids.length < 2) return;
  let cluster = '';
  asOneStep(board, () => (cluster = groupCards(board.doc, ids)));
  setEditingCluster(cluster);
}

/** Takes the selected notes out of their clusters. */
export function ungroupSelection(board: Board, state: CanvasState): void {
  const ids = selectedCards(board, state).filter((id) => board.state.cards[id]?.cluster);
  if (ids.length > 0) asOneStep(board, () => ungroupCards(board.doc, ids));
}
