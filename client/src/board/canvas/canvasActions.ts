/** Actions on the selection that both the keyboard and the selection toolbar offer, each one undo step. */
import { deleteCard, duplicateCards, type CardId } from '../../../../shared/board';
import type { Board } from '../BoardContext';
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
